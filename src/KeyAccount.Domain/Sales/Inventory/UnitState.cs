using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Sales.Inventory;

/// <summary>The state of one unit, evolved by <see cref="UnitDecider"/>.</summary>
/// <param name="Status">Whether the unit is on sale and whether it is held.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Project">The project.</param>
/// <param name="Code">The unit's code.</param>
/// <param name="HeldBy">The subscription holding the unit, or <see langword="null"/>.</param>
public sealed record UnitState(UnitStatus Status, UnitId Unit, ProjectId Project, string Code, SubscriptionId? HeldBy)
{
    /// <summary>Gets the state of a unit not yet put on sale.</summary>
    public static UnitState Initial { get; } = new(UnitStatus.Unlisted, default, default, string.Empty, null);
}
