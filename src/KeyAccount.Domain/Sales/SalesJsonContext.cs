using System.Text.Json.Serialization;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Sales;

/// <summary>The source-generated JSON metadata of the property sales events.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SiteVisitEvent))]
[JsonSerializable(typeof(ReceptionDayEvent))]
[JsonSerializable(typeof(SigningNoticeBundleEvent))]
[JsonSerializable(typeof(SalesProjectEvent))]
[JsonSerializable(typeof(SiteItemEvent))]
[JsonSerializable(typeof(SubscriptionEvent))]
[JsonSerializable(typeof(UnitEvent))]
internal sealed partial class SalesJsonContext : JsonSerializerContext
{
    internal static SalesJsonContext Shared { get; } = new(Serialization.KeyAccountJson.CreateOptions());
}
