using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>The visit aggregate, guardian of RCP-01 and RCP-02: its definition and event wire names.</summary>
public static class SiteVisitAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<SiteVisitCommand, SiteVisitEvent, SiteVisitState, SiteVisitStatus, SiteVisitTrigger> Definition { get; } = new(
        "site-visit",
        SiteVisitDecider.Instance,
        EventCatalog<SiteVisitEvent>.Create()
            .Add("visit.registered.v1", SalesJsonContext.Shared.VisitRegistered)
            .Add("visit.information_recorded.v1", SalesJsonContext.Shared.CustomerInformationRecorded)
            .Add("visit.member_card_issued.v1", SalesJsonContext.Shared.MemberCardIssued)
            .Add("visit.converted.v1", SalesJsonContext.Shared.VisitConverted)
            .Add("visit.closed_without_deal.v1", SalesJsonContext.Shared.VisitClosedWithoutDeal)
            .Build());
}
