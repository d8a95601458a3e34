namespace KeyAccount.Domain.Sales;

/// <summary>Whether a unit (房源) can be subscribed (<see cref="UnitLifecycle"/>).</summary>
public enum UnitStatus
{
    /// <summary>Not yet put on sale.</summary>
    Unlisted = 0,

    /// <summary>On sale and free.</summary>
    Available = 1,

    /// <summary>Held by one live subscription (SUB-01).</summary>
    Held = 2,
}

/// <summary>The triggers of the unit lifecycle.</summary>
public enum UnitTrigger
{
    /// <summary>The unit is put on sale.</summary>
    List = 1,

    /// <summary>A subscription takes the unit.</summary>
    Hold = 2,

    /// <summary>The holding subscription lets go of it (cancellation, unit change, return).</summary>
    Release = 3,
}
