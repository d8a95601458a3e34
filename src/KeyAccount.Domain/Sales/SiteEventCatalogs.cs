using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales;

/// <summary>The wire names and serializer of the signing-notice bundle events (SUB-06).</summary>
public static class SigningNoticeEvents
{
    /// <summary>Gets the catalogue.</summary>
    public static EventCatalog<SigningNoticeEvent> Catalog { get; } = EventCatalog<SigningNoticeEvent>.Create()
        .Add("signing_notices.filed.v1", SalesJsonContext.Shared.SigningNoticeFiled)
        .Add("signing_notices.handed_over.v1", SalesJsonContext.Shared.SigningNoticesHandedOver)
        .Build();

    /// <summary>Gets the serializer.</summary>
    public static EventSerializer<SigningNoticeEvent> Serializer { get; } = new(Catalog);
}

/// <summary>The wire names and serializer of the project events (SITE-01).</summary>
public static class SalesProjectEvents
{
    /// <summary>Gets the catalogue.</summary>
    public static EventCatalog<SalesProjectEvent> Catalog { get; } = EventCatalog<SalesProjectEvent>.Create()
        .Add("project.registered.v1", SalesJsonContext.Shared.ProjectRegistered)
        .Add("project.launch_rescheduled.v1", SalesJsonContext.Shared.LaunchRescheduled)
        .Add("project.preparation_completed.v1", SalesJsonContext.Shared.PreparationCompleted)
        .Add("project.sales_opened.v1", SalesJsonContext.Shared.SalesOpened)
        .Build();

    /// <summary>Gets the serializer.</summary>
    public static EventSerializer<SalesProjectEvent> Serializer { get; } = new(Catalog);
}

/// <summary>The wire names and serializer of the on-site item events (SITE-02).</summary>
public static class SiteItemEvents
{
    /// <summary>Gets the catalogue.</summary>
    public static EventCatalog<SiteItemEvent> Catalog { get; } = EventCatalog<SiteItemEvent>.Create()
        .Add("site_item.purchase_requested.v1", SalesJsonContext.Shared.ItemPurchaseRequested)
        .Add("site_item.received.v1", SalesJsonContext.Shared.ItemReceived)
        .Add("site_item.handed_over.v1", SalesJsonContext.Shared.ItemHandedOver)
        .Build();

    /// <summary>Gets the serializer.</summary>
    public static EventSerializer<SiteItemEvent> Serializer { get; } = new(Catalog);
}

/// <summary>The wire names and serializer of the visit events (RCP-01, RCP-02).</summary>
public static class SiteVisitEvents
{
    /// <summary>Gets the catalogue.</summary>
    public static EventCatalog<SiteVisitEvent> Catalog { get; } = EventCatalog<SiteVisitEvent>.Create()
        .Add("visit.registered.v1", SalesJsonContext.Shared.VisitRegistered)
        .Add("visit.information_recorded.v1", SalesJsonContext.Shared.CustomerInformationRecorded)
        .Add("visit.member_card_issued.v1", SalesJsonContext.Shared.MemberCardIssued)
        .Add("visit.converted.v1", SalesJsonContext.Shared.VisitConverted)
        .Add("visit.closed_without_deal.v1", SalesJsonContext.Shared.VisitClosedWithoutDeal)
        .Build();

    /// <summary>Gets the serializer.</summary>
    public static EventSerializer<SiteVisitEvent> Serializer { get; } = new(Catalog);
}

/// <summary>The wire names and serializer of the reception day events (RCP-03, RCP-04, SUB-07).</summary>
public static class ReceptionEvents
{
    /// <summary>Gets the catalogue.</summary>
    public static EventCatalog<ReceptionEvent> Catalog { get; } = EventCatalog<ReceptionEvent>.Create()
        .Add("reception.duty_started.v1", SalesJsonContext.Shared.DutyStarted)
        .Add("reception.duty_ended.v1", SalesJsonContext.Shared.DutyEnded)
        .Add("reception.visitor_assigned.v1", SalesJsonContext.Shared.VisitorAssigned)
        .Add("reception.returning_customer_routed.v1", SalesJsonContext.Shared.ReturningCustomerRouted)
        .Add("reception.routed_to_signing.v1", SalesJsonContext.Shared.RoutedToSigning)
        .Build();

    /// <summary>Gets the serializer.</summary>
    public static EventSerializer<ReceptionEvent> Serializer { get; } = new(Catalog);
}
