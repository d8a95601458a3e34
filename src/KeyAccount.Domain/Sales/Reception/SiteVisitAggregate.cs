using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>The visit aggregate, guardian of RCP-01 and RCP-02: its definition and event wire names.</summary>
public static class SiteVisitAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<SiteVisitCommand, SiteVisitEvent, SiteVisitState, SiteVisitStatus> Definition { get; } = AggregateDefinition.Of(
        "site-visit",
        SiteVisitDecider.Instance,
        EventCatalog<SiteVisitEvent>.FromDerivedTypes(SalesJsonContext.Shared));
}
