using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>Source-generated JSON metadata of the fulfilment's and the after-sales service's events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(FulfilmentOrderEvent))]
[JsonSerializable(typeof(ServiceRequestEvent))]
internal sealed partial class FulfilmentJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the package's JSON options.</summary>
    internal static FulfilmentJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
