namespace KeyAccount.Domain.Sales.Inventory;

/// <summary>The triggers of the unit lifecycle.</summary>
public enum UnitTrigger
{
    /// <summary>The unit is put on sale.</summary>
    List = 1,

    /// <summary>A subscription takes the unit.</summary>
    Hold = 2,

    /// <summary>The holding subscription lets go of it (cancellation, unit change, return).</summary>
    Release = 3,

    /// <summary>The holding subscription's pre-sale contract is signed.</summary>
    Contract = 4,

    /// <summary>The holding subscription's contract is registered.</summary>
    Register = 5,
}
