namespace KeyAccount.Domain.Sales.Reception;

/// <summary>Where a visit stands (<see cref="SiteVisitLifecycle"/>).</summary>
public enum SiteVisitStatus
{
    /// <summary>Not arrived: the visit does not exist yet.</summary>
    None = 0,

    /// <summary>The visitor is being received.</summary>
    InProgress = 1,

    /// <summary>The visitor subscribed. Terminal.</summary>
    Converted = 2,

    /// <summary>The visitor left without a deal; reason and information on record. Terminal.</summary>
    ClosedWithoutDeal = 3,
}
