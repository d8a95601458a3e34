using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The source-generated JSON metadata of the negotiation events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(NegotiationEvent))]
internal sealed partial class NegotiationJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the package's JSON options.</summary>
    internal static NegotiationJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
