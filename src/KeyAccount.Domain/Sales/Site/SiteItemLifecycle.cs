using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>The on-site item lifecycle as data; <c>docs/diagrams/site-item.*</c> is generated from it.</summary>
internal static class SiteItemLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<SiteItemStatus, SiteItemTrigger> Table { get; } =
        Lifecycle.Define<SiteItemStatus, SiteItemTrigger>("site-item", SiteItemStatus.None, "SITE-02")
            .Permit(SiteItemStatus.None, SiteItemTrigger.RequestPurchase, SiteItemStatus.Requested, "SITE-02")
            .Permit(SiteItemStatus.Requested, SiteItemTrigger.Receive, SiteItemStatus.InCustody, "SITE-02")
            .Permit(SiteItemStatus.InCustody, SiteItemTrigger.HandOver, SiteItemStatus.InCustody, "SITE-02")
            .Build();
}

/// <summary>The triggers of the on-site item lifecycle.</summary>
internal enum SiteItemTrigger
{
    /// <summary>The business division requests the purchase.</summary>
    RequestPurchase = 1,

    /// <summary>The item arrives and the site manager takes custody.</summary>
    Receive = 2,

    /// <summary>The custodian hands the item over to another.</summary>
    HandOver = 3,
}
