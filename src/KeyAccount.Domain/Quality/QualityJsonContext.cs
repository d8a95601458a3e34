using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Quality;

/// <summary>Source-generated JSON metadata of the complaint's and the survey's events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ComplaintEvent))]
[JsonSerializable(typeof(SurveyEvent))]
internal sealed partial class QualityJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the package's JSON options, shared by the complaint's and the survey's catalogues.</summary>
    internal static QualityJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
