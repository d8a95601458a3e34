using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Sales.Inventory;

/// <summary>Something that happened to a unit. Wire names are declared in <see cref="UnitAggregate"/>.</summary>
[JsonDerivedType(typeof(UnitListed), "unit.listed.v1")]
[JsonDerivedType(typeof(UnitHeld), "unit.held.v1")]
[JsonDerivedType(typeof(UnitReleased), "unit.released.v1")]
[JsonDerivedType(typeof(UnitContracted), "unit.contracted.v1")]
[JsonDerivedType(typeof(UnitRegistered), "unit.registered.v1")]
public abstract record UnitEvent;

/// <summary>The unit was put on sale (<c>unit.listed.v1</c>).</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Project">The project.</param>
/// <param name="Code">The unit's code.</param>
public sealed record UnitListed(UnitId Unit, ProjectId Project, string Code) : UnitEvent;

/// <summary>The unit was taken by a subscription (<c>unit.held.v1</c>).</summary>
/// <param name="Subscription">The subscription.</param>
public sealed record UnitHeld(SubscriptionId Subscription) : UnitEvent;

/// <summary>The unit was released by the subscription that held it (<c>unit.released.v1</c>).</summary>
/// <param name="Subscription">The subscription.</param>
public sealed record UnitReleased(SubscriptionId Subscription) : UnitEvent;

/// <summary>The holding subscription's pre-sale contract was signed: the unit is sold (<c>unit.contracted.v1</c>).</summary>
/// <param name="Subscription">The subscription.</param>
public sealed record UnitContracted(SubscriptionId Subscription) : UnitEvent;

/// <summary>The holding subscription's contract was registered (<c>unit.registered.v1</c>).</summary>
/// <param name="Subscription">The subscription.</param>
public sealed record UnitRegistered(SubscriptionId Subscription) : UnitEvent;
