namespace KeyAccount.Domain.Sales.Inventory;

/// <summary>Whether a unit (房源) can be subscribed (<see cref="UnitLifecycle"/>).</summary>
public enum UnitStatus
{
    /// <summary>Not yet put on sale.</summary>
    Unlisted = 0,

    /// <summary>On sale and free.</summary>
    Available = 1,

    /// <summary>Held by one live subscription (SUB-01).</summary>
    Held = 2,

    /// <summary>Sold: the holding subscription's pre-sale contract is signed (SUB-08).</summary>
    Contracted = 3,

    /// <summary>The holding subscription's contract is registered (SUB-08).</summary>
    Registered = 4,
}
