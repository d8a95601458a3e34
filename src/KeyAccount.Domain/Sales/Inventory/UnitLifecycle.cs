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
            .Build();
}
