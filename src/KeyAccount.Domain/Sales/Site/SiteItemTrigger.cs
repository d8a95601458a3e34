namespace KeyAccount.Domain.Sales.Site;

/// <summary>The triggers of the on-site item lifecycle.</summary>
public enum SiteItemTrigger
{
    /// <summary>The business division requests the purchase.</summary>
    RequestPurchase = 1,

    /// <summary>The item arrives and the site manager takes custody.</summary>
    Receive = 2,

    /// <summary>The custodian hands the item over to another.</summary>
    HandOver = 3,
}
