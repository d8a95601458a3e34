namespace KeyAccount.Domain.Sales.Site;

/// <summary>Where an on-site item stands (<see cref="SiteItemLifecycle"/>).</summary>
public enum SiteItemStatus
{
    /// <summary>Nothing requested: the item does not exist yet.</summary>
    None = 0,

    /// <summary>The purchase was requested by the project's business division.</summary>
    Requested = 1,

    /// <summary>Received and in the custody of one person.</summary>
    InCustody = 2,
}
