using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>The on-site item aggregate, guardian of SITE-02: its definition and event wire names.</summary>
public static class SiteItemAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<SiteItemCommand, SiteItemEvent, SiteItemState, SiteItemStatus> Definition { get; } = AggregateDefinition.Of(
        "site-item",
        SiteItemDecider.Instance,
        EventCatalog<SiteItemEvent>.FromDerivedTypes(SalesJsonContext.Shared));
}
