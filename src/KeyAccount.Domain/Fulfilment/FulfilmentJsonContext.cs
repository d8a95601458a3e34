using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>Source-generated JSON metadata of the fulfilment's and the after-sales service's events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(FulfilmentOpened))]
[JsonSerializable(typeof(RouteDecided))]
[JsonSerializable(typeof(ProductionOrderIssued))]
[JsonSerializable(typeof(ProductionCompleted))]
[JsonSerializable(typeof(ShipmentRecorded))]
[JsonSerializable(typeof(AmendmentAdopted))]
[JsonSerializable(typeof(ServiceRequestReceived))]
[JsonSerializable(typeof(ServiceRequestAcknowledged))]
[JsonSerializable(typeof(ServiceRequestEscalated))]
[JsonSerializable(typeof(ServiceRequestClosed))]
internal sealed partial class FulfilmentJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the package's JSON options.</summary>
    internal static FulfilmentJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
