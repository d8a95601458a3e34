using System.Text.Json.Serialization;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>Source-generated JSON metadata of the contract register's and the contract review's events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ContractReviewEvent))]
[JsonSerializable(typeof(ContractRegisterEvent))]
internal sealed partial class ContractReviewsJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the package's JSON options.</summary>
    internal static ContractReviewsJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
