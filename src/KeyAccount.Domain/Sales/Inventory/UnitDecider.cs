using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Sales;

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
public sealed class UnitDecider : IDecider<UnitCommand, UnitEvent, UnitState>
{
    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static UnitDecider Instance { get; } = new();

    /// <inheritdoc />
    public UnitState Initial => UnitState.Initial;

    /// <summary>Gets the stream a unit's events are kept in.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The stream <c>unit-{id}</c>.</returns>
    public static StreamId StreamOf(UnitId unit) => StreamId.For("unit", unit);

    /// <inheritdoc />
    public Decision<UnitEvent> Decide(UnitCommand command, UnitState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        switch (command)
        {
            case ListUnit c:
                if (UnitLifecycle.Table.Check(state.Status, UnitTrigger.List) is { } listed)
                {
                    return listed;
                }

                return string.IsNullOrWhiteSpace(c.Code)
                    ? SalesMessages.Violation("SUB-01", "sales.unit_code_required")
                    : Decision<UnitEvent>.Accept(new UnitListed(c.Unit, c.Project, c.Code.Trim()));

            case HoldUnit c when state.HeldBy == c.Subscription:
                // Holding again for the same subscription changes nothing, so a retried hold is harmless.
                return Decision<UnitEvent>.Accept();

            case HoldUnit c when state.Status == UnitStatus.Held:
                return SalesMessages.Violation("SUB-01", "sales.unit_unavailable", new ErrorDetail("unit", state.Code), new ErrorDetail("heldBy", state.HeldBy), new ErrorDetail("subscription", c.Subscription));

            case HoldUnit c:
                return UnitLifecycle.Table.Check(state.Status, UnitTrigger.Hold) ?? Decision<UnitEvent>.Accept(new UnitHeld(c.Subscription));

            case ReleaseUnit c when state.Status == UnitStatus.Held && state.HeldBy != c.Subscription:
                return SalesMessages.Violation("SUB-01", "sales.unit_held_by_another", new ErrorDetail("unit", state.Code), new ErrorDetail("heldBy", state.HeldBy), new ErrorDetail("subscription", c.Subscription));

            case ReleaseUnit c:
                return UnitLifecycle.Table.Check(state.Status, UnitTrigger.Release) ?? Decision<UnitEvent>.Accept(new UnitReleased(c.Subscription));

            default:
                throw new ArgumentException($"{command.GetType().Name} is not a unit command.", nameof(command));
        }
    }

    /// <inheritdoc />
    public UnitState Evolve(UnitState state, UnitEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            UnitListed e => state with { Status = UnitStatus.Available, Unit = e.Unit, Project = e.Project, Code = e.Code },
            UnitHeld e => state with { Status = UnitStatus.Held, HeldBy = e.Subscription },
            UnitReleased => state with { Status = UnitStatus.Available, HeldBy = null },
            _ => throw new ArgumentException($"{@event?.GetType().Name} is not a unit event.", nameof(@event)),
        };
    }
}
