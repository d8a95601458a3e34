using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>Source-generated JSON metadata of the sales-day events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SalesDayEvent))]
internal sealed partial class ReconciliationJsonContext : JsonSerializerContext
{
    /// <summary>Gets the context with the package's JSON options.</summary>
    internal static ReconciliationJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
