using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Sales.Inventory;

/// <summary>A command on a unit (房源).</summary>
public abstract record UnitCommand;

/// <summary>Puts a unit on sale.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Project">The project it belongs to.</param>
/// <param name="Code">The unit's code as sold (e.g. building, floor and room: <c>3-1502</c>); not blank.</param>
public sealed record ListUnit(UnitId Unit, ProjectId Project, string Code) : UnitCommand;

/// <summary>Holds the unit for a subscription, before it is drafted or before a unit change completes (SUB-01).</summary>
/// <param name="Subscription">The subscription that takes the unit.</param>
public sealed record HoldUnit(SubscriptionId Subscription) : UnitCommand;

/// <summary>Releases the unit held, contracted or registered by a subscription that was cancelled, moved to another unit or returned (SUB-01, SUB-08).</summary>
/// <param name="Subscription">The subscription that held the unit.</param>
public sealed record ReleaseUnit(SubscriptionId Subscription) : UnitCommand;

/// <summary>Marks the unit contracted (sold) once its subscription's pre-sale contract is signed (SUB-08).</summary>
/// <param name="Subscription">The subscription that holds the unit.</param>
public sealed record MarkUnitContracted(SubscriptionId Subscription) : UnitCommand;

/// <summary>Marks the unit registered once its subscription's contract is registered (SUB-08).</summary>
/// <param name="Subscription">The subscription that holds the unit.</param>
public sealed record MarkUnitRegistered(SubscriptionId Subscription) : UnitCommand;
