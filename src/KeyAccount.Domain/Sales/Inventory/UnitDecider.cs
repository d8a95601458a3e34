using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Inventory;

/// <summary>
/// The unit decider, guardian of SUB-01 and SUB-08: a unit is held by at most one live subscription, follows it
/// to contracted and registered, and a contracted or registered unit cannot be held by another subscription.
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
internal sealed class UnitDecider : LifecycleDecider<UnitCommand, UnitEvent, UnitState, UnitStatus, UnitTrigger>
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
        UnitContracted => UnitTrigger.Contract,
        UnitRegistered => UnitTrigger.Register,
        _ => throw new ArgumentException($"{@event?.GetType().Name} is not a unit event.", nameof(@event)),
    };

    /// <inheritdoc />
    /// <remarks>A hold of a unit already taken fires no trigger: a repeat by the holder is accepted without events,
    /// and a hold for another subscription is refused by SUB-01 (held) or SUB-08 (contracted or registered) naming
    /// who holds the unit. A repeated contract or registration mark fires none either.</remarks>
    public override UnitTrigger? TriggerOf(UnitCommand command, UnitState state) => command switch
    {
        ListUnit => UnitTrigger.List,
        HoldUnit when state.HeldBy is not null => null,
        HoldUnit => UnitTrigger.Hold,
        ReleaseUnit => UnitTrigger.Release,
        MarkUnitContracted c when state.Status == UnitStatus.Contracted && state.HeldBy == c.Subscription => null,
        MarkUnitContracted => UnitTrigger.Contract,
        MarkUnitRegistered c when state.Status == UnitStatus.Registered && state.HeldBy == c.Subscription => null,
        MarkUnitRegistered => UnitTrigger.Register,
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

            case HoldUnit c when state.HeldBy is not null:
                // SUB-08: a contracted or registered unit is sold to its subscription.
                return SalesMessages.Violation("SUB-08", "sales.unit_sold", new ErrorDetail("unit", state.Code), new ErrorDetail("heldBy", state.HeldBy), new ErrorDetail("subscription", c.Subscription));

            case HoldUnit c:
                // SITE-01 through GEN-11: a unit is held only once its project opened sales, read from the project's state.
                return OpenProject.TryGet(context, state.Project, "SITE-01", "sales.unit_project_not_open", out _, out var refused)
                    ? Decision<UnitEvent>.Accept(new UnitHeld(c.Subscription))
                    : refused;

            case ReleaseUnit c when state.HeldBy != c.Subscription:
                return SalesMessages.Violation("SUB-01", "sales.unit_held_by_another", new ErrorDetail("unit", state.Code), new ErrorDetail("heldBy", state.HeldBy), new ErrorDetail("subscription", c.Subscription));

            case ReleaseUnit c:
                return Decision<UnitEvent>.Accept(new UnitReleased(c.Subscription));

            case MarkUnitContracted or MarkUnitRegistered when state.HeldBy != Holder(command):
                return SalesMessages.Violation("SUB-08", "sales.unit_held_by_another", new ErrorDetail("unit", state.Code), new ErrorDetail("heldBy", state.HeldBy), new ErrorDetail("subscription", Holder(command)));

            case MarkUnitContracted when state.Status == UnitStatus.Contracted:
            case MarkUnitRegistered when state.Status == UnitStatus.Registered:
                // The mark is already there: a redelivered mark changes nothing.
                return Decision<UnitEvent>.Accept();

            case MarkUnitContracted c:
                return Decision<UnitEvent>.Accept(new UnitContracted(c.Subscription));

            case MarkUnitRegistered c:
                return Decision<UnitEvent>.Accept(new UnitRegistered(c.Subscription));

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
        UnitContracted or UnitRegistered => state,
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a unit event.", nameof(@event)),
    };

    private static SubscriptionId? Holder(UnitCommand command) => command switch
    {
        MarkUnitContracted c => c.Subscription,
        MarkUnitRegistered c => c.Subscription,
        _ => null,
    };
}
