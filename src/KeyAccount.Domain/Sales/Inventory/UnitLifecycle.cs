using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Inventory;

/// <summary>The unit lifecycle as data; <c>docs/diagrams/unit.*</c> is generated from it.</summary>
internal static class UnitLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<UnitStatus, UnitTrigger> Table { get; } =
        Lifecycle.Define<UnitStatus, UnitTrigger>("unit", UnitStatus.Unlisted, "SUB-01")
            .Permit(UnitStatus.Unlisted, UnitTrigger.List, UnitStatus.Available)
            .Permit(UnitStatus.Available, UnitTrigger.Hold, UnitStatus.Held, "SUB-01")
            .Permit(UnitStatus.Held, UnitTrigger.Release, UnitStatus.Available, "SUB-01")
            .Permit(UnitStatus.Held, UnitTrigger.Contract, UnitStatus.Contracted, "SUB-08")
            .Permit(UnitStatus.Contracted, UnitTrigger.Register, UnitStatus.Registered, "SUB-08")
            .PermitFromEach([UnitStatus.Contracted, UnitStatus.Registered], UnitTrigger.Release, UnitStatus.Available, "SUB-01", "SUB-08")
            .RefuseWith(UnitTrigger.Contract, "SUB-08")
            .RefuseWith(UnitTrigger.Register, "SUB-08")
            .Build();
}

/// <summary>The triggers of the unit lifecycle.</summary>
internal enum UnitTrigger
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
