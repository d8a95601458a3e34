using System;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;

namespace KeyAccount.Domain.Testing.Generators.Sales;

/// <summary>FsCheck generators for units of a sales site: unit codes, candidate commands for a state and valid unit histories.</summary>
public static class UnitGenerators
{
    /// <summary>Gets unit codes such as <c>3-1502</c> (building, floor and door).</summary>
    public static Gen<string> Code { get; } =
        from building in Gen.Choose(1, 12)
        from floor in Gen.Choose(1, 33)
        from door in Gen.Choose(1, 4)
        select $"{building}-{floor}{door:D2}";

    /// <summary>
    /// Returns candidate commands for a state: listings (sometimes without a code), holds, releases and contract and
    /// registration marks for the subscription that holds the unit or for another one.
    /// </summary>
    /// <param name="state">The state so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<UnitCommand> Commands(UnitState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var other = KernelGenerators.Identifier<SubscriptionId>();
        var subscription = state.HeldBy is { } holder ? Gen.Frequency((3, Gen.Constant(holder)), (2, other)) : other;
        var list =
            from unit in KernelGenerators.Identifier<UnitId>()
            from project in Gen.Frequency((40, Gen.Elements(Fixtures.TestProjects.Agency, Fixtures.TestProjects.Underwriting)), (1, KernelGenerators.Identifier<ProjectId>()))
            from code in Gen.Frequency((8, Code), (1, Gen.Constant(" ")))
            select (UnitCommand)new ListUnit(unit, project, code);
        return Gen.Frequency(
            (state.Status == UnitStatus.Unlisted ? 8 : 1, list),
            (state.Status == UnitStatus.Available ? 8 : 2, subscription.Select(s => (UnitCommand)new HoldUnit(s))),
            (state.Status == UnitStatus.Held ? 8 : 2, subscription.Select(s => (UnitCommand)new ReleaseUnit(s))),
            (state.Status == UnitStatus.Held ? 4 : 1, subscription.Select(s => (UnitCommand)new MarkUnitContracted(s))),
            (state.Status == UnitStatus.Contracted ? 4 : 1, subscription.Select(s => (UnitCommand)new MarkUnitRegistered(s))));
    }

    /// <summary>Returns a generator of valid unit histories (see <see cref="Histories"/>).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<UnitCommand, UnitEvent, UnitState>> Histories(DecisionContext? context = null) =>
        Generators.Histories.OverTime(UnitAggregate.Definition.Decider, Commands, context ?? TestContexts.Default);
}
