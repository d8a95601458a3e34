using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Inventory;

/// <summary>
/// The unit decider, guardian of SUB-01: a unit is held by at most one live subscription.
/// </summary>
/// <remarks>
/// <para>The unit, not the subscription, is the consistency boundary of SUB-01. Each unit is its own stream; a
/// subscription is drafted only after <see cref="HoldUnit"/> succeeded on the unit's stream, and the unit is released
/// after the subscription is cancelled, moved to another unit or returned. Two specialists subscribing the same unit
/// at once both read version <c>n</c> of the unit stream; <see cref="EventSourcing.CommandHandler{TCommand, TEvent, TState}"/>
/// appends with that expected version, so only one append succeeds and the other gets a
/// <see cref="EventSourcing.ConcurrencyConflict"/> — on retry it is decided again and rejected by SUB-01. Contention is
/// per unit, so subscriptions of different units never conflict, which a project-wide inventory stream would
/// serialise.</para>
/// </remarks>
public sealed class UnitDecider : LifecycleDecider<UnitCommand, UnitEvent, UnitState, UnitStatus, UnitTrigger>
{
    private UnitDecider()
        : base(UnitState.Initial, UnitLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static UnitDecider Instance { get; } = new();

    /// <inheritdoc />
    public override UnitTrigger? TriggerOf(UnitEvent @event) => @event switch
    {
        UnitListed => UnitTrigger.List,
        UnitHeld => UnitTrigger.Hold,
        UnitReleased => UnitTrigger.Release,
        _ => throw new ArgumentException($"{@event?.GetType().Name} is not a unit event.", nameof(@event)),
    };

    /// <inheritdoc />
    /// <remarks>A hold of a unit already held fires no trigger: a repeat by the holder is accepted without events,
    /// and a hold for another subscription is refused by SUB-01 naming who holds the unit.</remarks>
    public override UnitTrigger? TriggerOf(UnitCommand command, UnitState state) => command switch
    {
        ListUnit => UnitTrigger.List,
        HoldUnit when state.Status == UnitStatus.Held => null,
        HoldUnit => UnitTrigger.Hold,
        ReleaseUnit => UnitTrigger.Release,
        _ => throw new ArgumentException($"{command?.GetType().Name} is not a unit command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<UnitEvent> DecideData(UnitCommand command, UnitState state, DecisionContext context)
    {
        switch (command)
        {
            case ListUnit c:
                return string.IsNullOrWhiteSpace(c.Code)
                    ? SalesMessages.Violation("SUB-01", "sales.unit_code_required")
                    : Decision<UnitEvent>.Accept(new UnitListed(c.Unit, c.Project, c.Code.Trim()));

            case HoldUnit c when state.HeldBy == c.Subscription:
                // Holding again for the same subscription changes nothing, so a retried hold is harmless.
                return Decision<UnitEvent>.Accept();

            case HoldUnit c when state.Status == UnitStatus.Held:
                return SalesMessages.Violation("SUB-01", "sales.unit_unavailable", new ErrorDetail("unit", state.Code), new ErrorDetail("heldBy", state.HeldBy), new ErrorDetail("subscription", c.Subscription));

            case HoldUnit c:
                return Decision<UnitEvent>.Accept(new UnitHeld(c.Subscription));

            case ReleaseUnit c when state.HeldBy != c.Subscription:
                return SalesMessages.Violation("SUB-01", "sales.unit_held_by_another", new ErrorDetail("unit", state.Code), new ErrorDetail("heldBy", state.HeldBy), new ErrorDetail("subscription", c.Subscription));

            case ReleaseUnit c:
                return Decision<UnitEvent>.Accept(new UnitReleased(c.Subscription));

            default:
                throw new ArgumentException($"{command.GetType().Name} is not a unit command.", nameof(command));
        }
    }

    /// <inheritdoc />
    private protected override UnitState Fold(UnitState state, UnitEvent @event) => @event switch
    {
        UnitListed e => state with { Unit = e.Unit, Project = e.Project, Code = e.Code },
        UnitHeld e => state with { HeldBy = e.Subscription },
        UnitReleased => state with { HeldBy = null },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a unit event.", nameof(@event)),
    };
}
