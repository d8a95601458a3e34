using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>The visit lifecycle as data; <c>docs/diagrams/site-visit.*</c> is generated from it.</summary>
internal static class SiteVisitLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<SiteVisitStatus, SiteVisitTrigger> Table { get; } =
        Lifecycle.Define<SiteVisitStatus, SiteVisitTrigger>("site-visit", SiteVisitStatus.None, "RCP-01")
            .Permit(SiteVisitStatus.None, SiteVisitTrigger.Arrive, SiteVisitStatus.InProgress)
            .Permit(SiteVisitStatus.InProgress, SiteVisitTrigger.RecordInformation, SiteVisitStatus.InProgress, "RCP-01", "RCP-02")
            .Permit(SiteVisitStatus.InProgress, SiteVisitTrigger.IssueMemberCard, SiteVisitStatus.InProgress, "RCP-02")
            .Permit(SiteVisitStatus.InProgress, SiteVisitTrigger.Convert, SiteVisitStatus.Converted)
            .Permit(SiteVisitStatus.InProgress, SiteVisitTrigger.CloseWithoutDeal, SiteVisitStatus.ClosedWithoutDeal, "RCP-01")
            .Build();
}

/// <summary>The triggers of the visit lifecycle.</summary>
internal enum SiteVisitTrigger
{
    /// <summary>The visitor arrives.</summary>
    Arrive = 1,

    /// <summary>The customer-information form is filled in or corrected.</summary>
    RecordInformation = 2,

    /// <summary>A member card is issued.</summary>
    IssueMemberCard = 3,

    /// <summary>The visitor subscribes.</summary>
    Convert = 4,

    /// <summary>The visitor leaves without a deal.</summary>
    CloseWithoutDeal = 5,
}
