using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Service;

/// <summary>Source-generated JSON metadata of the account service's events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(AccountServiceEvent))]
internal sealed partial class ServiceJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the package's JSON options.</summary>
    internal static ServiceJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
