using System;
using System.Collections.Generic;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// The one shape of every decider of this package: the lifecycle table decides every status change, the family code
/// decides the data.
/// </summary>
/// <remarks>
/// <para><see cref="Decide"/> first asks the table whether the command's trigger may fire from the current status;
/// an illegal move is a <see cref="TransitionNotAllowed"/> naming <see cref="Lifecycle{TState, TTrigger}.RuleFor"/>
/// the trigger, before any other rule is asked. Only then does the family decide the command.</para>
/// <para>A decision that asks the business calendar about a day of a year it does not cover is refused with GEN-08,
/// naming the year: the family code counts on <see cref="DecisionContext.Calendar"/> as if every day were known, and
/// <see cref="Decide"/> turns the calendar's <see cref="Calendars.YearNotCoveredException"/> into the rejection.</para>
/// <para><see cref="Evolve"/> takes the new status from the table row of the trigger the event records, and lets the
/// family fold only the event's data. An event whose trigger the table does not allow from the current status cannot
/// come from this decider: <see cref="Decider.TryReplay{TCommand, TEvent, TState}"/> reports it as GEN-02 at its
/// position, naming the same rule as the decider's rejection. The table's initial status means "not yet created":
/// an event that fires no row cannot come first.</para>
/// </remarks>
/// <typeparam name="TCommand">The command base type.</typeparam>
/// <typeparam name="TEvent">The event base type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TStatus">The lifecycle's state enumeration.</typeparam>
/// <typeparam name="TTrigger">The lifecycle's trigger enumeration.</typeparam>
internal abstract class LifecycleDecider<TCommand, TEvent, TState, TStatus, TTrigger> : IDecider<TCommand, TEvent, TState>
    where TCommand : class
    where TEvent : class
    where TState : class
    where TStatus : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Func<TState, TStatus> statusOf;
    private readonly Func<TState, TStatus, TState> withStatus;

    /// <summary>Creates the decider of an aggregate.</summary>
    /// <param name="initial">The state before the first event; its status is the table's initial one ("not yet created").</param>
    /// <param name="lifecycle">The table that decides every status change.</param>
    /// <param name="statusOf">Reads the status from a state.</param>
    /// <param name="withStatus">Returns a state with another status.</param>
    private protected LifecycleDecider(
        TState initial, Lifecycle<TStatus, TTrigger> lifecycle, Func<TState, TStatus> statusOf, Func<TState, TStatus, TState> withStatus)
    {
        Initial = Preconditions.CheckNotNull(initial);
        Lifecycle = Preconditions.CheckNotNull(lifecycle);
        this.statusOf = Preconditions.CheckNotNull(statusOf);
        this.withStatus = Preconditions.CheckNotNull(withStatus);
        Preconditions.CheckArgument(EqualityComparer<TStatus>.Default.Equals(statusOf(initial), lifecycle.Initial), nameof(initial), "The initial state must have the table's initial status.");
    }

    /// <inheritdoc />
    public TState Initial { get; }

    /// <summary>Gets the lifecycle table that decides every status change.</summary>
    public Lifecycle<TStatus, TTrigger> Lifecycle { get; }

    /// <summary>Reads the status from a state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>Its status.</returns>
    public TStatus StatusOf(TState state) => statusOf(Preconditions.CheckNotNull(state));

    /// <summary>Returns the trigger an event records: the trigger of the command that emits it, or null for an event
    /// that records something within the current status and fires no row of the table.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The trigger, or null.</returns>
    public abstract TTrigger? TriggerOf(TEvent @event);

    /// <summary>Returns the trigger a command asks to fire from a state, or null for a command that fires none there
    /// (it records something within the status, or repeats what is already so and is accepted without events).</summary>
    /// <param name="command">The command.</param>
    /// <param name="state">The current state.</param>
    /// <returns>The trigger, or null.</returns>
    /// <exception cref="ArgumentException">The command is not one of this aggregate's.</exception>
    public abstract TTrigger? TriggerOf(TCommand command, TState state);

    /// <inheritdoc />
    public Decision<TEvent> Decide(TCommand command, TState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        if (TriggerOf(command, state) is { } trigger && Lifecycle.Check(StatusOf(state), trigger) is { } illegal)
        {
            return illegal;
        }

        try
        {
            return DecideData(command, state, context);
        }
        catch (Calendars.YearNotCoveredException e)
        {
            // GEN-08: a deadline on the calendar reached a year it does not hold; nothing is guessed.
            return e.ToRejection();
        }
    }

    /// <inheritdoc />
    public TState Evolve(TState state, TEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(@event);
        var from = StatusOf(state);
        var to = from;
        if (TriggerOf(@event) is { } trigger)
        {
            to = Lifecycle.Find(from, trigger)?.To ?? throw new EventDoesNotFollowException(Lifecycle.RuleFor(trigger), $"the {Lifecycle.Name} lifecycle does not allow {trigger} from {from}");
        }
        else if (EqualityComparer<TStatus>.Default.Equals(from, Lifecycle.Initial))
        {
            // The initial status is "not yet created": only an event that fires a row of the table can start a stream.
            throw new EventDoesNotFollowException(Lifecycle.IllegalMoveRule, $"{@event.GetType().Name} cannot come before the {Lifecycle.Name} is created");
        }

        var next = Fold(state, @event);
        return EqualityComparer<TStatus>.Default.Equals(statusOf(next), to) ? next : withStatus(next, to);
    }

    /// <summary>Decides a command whose trigger the table allows from the current status (or which fires none).</summary>
    /// <param name="command">The command.</param>
    /// <param name="state">The current state.</param>
    /// <param name="context">The time, calendar and policies.</param>
    /// <returns>The events, or the rejection with its rule ID.</returns>
    private protected abstract Decision<TEvent> DecideData(TCommand command, TState state, DecisionContext context);

    /// <summary>Folds an event's data into the state; the status is set by <see cref="Evolve"/> from the table.</summary>
    /// <param name="state">The state before the event.</param>
    /// <param name="event">The event.</param>
    /// <returns>The state with the event's data.</returns>
    private protected abstract TState Fold(TState state, TEvent @event);
}
