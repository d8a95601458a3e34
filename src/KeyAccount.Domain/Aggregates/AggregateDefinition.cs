using System;
using System.Collections.Generic;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Aggregates;

/// <summary>
/// Everything the package knows about one aggregate, declared once: its name, how its streams are named, its decider,
/// its event catalogue (wire names), its lifecycle table, how to read the status from a state, which trigger each
/// event records, and its diagrams. <see cref="AggregateCatalogue.All"/> lists every definition; the tool, the test
/// kit's coverage checks and the documentation are derived from that list.
/// </summary>
/// <typeparam name="TCommand">The command base type.</typeparam>
/// <typeparam name="TEvent">The event base type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TStatus">The lifecycle's state enumeration.</typeparam>
/// <typeparam name="TTrigger">The lifecycle's trigger enumeration.</typeparam>
public sealed class AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> : IAggregateDefinition
    where TCommand : class
    where TEvent : class
    where TState : class
    where TStatus : struct, Enum
    where TTrigger : struct, Enum
{
    internal AggregateDefinition(
        string streamCategory,
        LifecycleDecider<TCommand, TEvent, TState, TStatus, TTrigger> decider,
        EventCatalog<TEvent> events,
        params ILifecycle[] entityLifecycles)
    {
        StreamCategory = Preconditions.CheckNotBlank(streamCategory);
        Decider = Preconditions.CheckNotNull(decider);
        Events = Preconditions.CheckNotNull(events);
        Serializer = new EventSerializer<TEvent>(events);
        Lifecycles = [decider.Lifecycle, .. entityLifecycles];
    }

    /// <summary>Gets the aggregate's name, which is also its lifecycle's name, e.g. <c>subscription</c>.</summary>
    public string Name => Decider.Lifecycle.Name;

    /// <inheritdoc />
    public string StreamCategory { get; }

    /// <summary>Gets the decider (a singleton: deciders hold no state of their own).</summary>
    public LifecycleDecider<TCommand, TEvent, TState, TStatus, TTrigger> Decider { get; }

    /// <summary>Gets the event catalogue: the wire name of every event type.</summary>
    public EventCatalog<TEvent> Events { get; }

    /// <summary>Gets the serializer of the aggregate's event envelopes.</summary>
    public EventSerializer<TEvent> Serializer { get; }

    /// <summary>Gets the lifecycle table that decides the status.</summary>
    public Lifecycle<TStatus, TTrigger> Lifecycle => Decider.Lifecycle;

    /// <inheritdoc />
    public IReadOnlyList<ILifecycle> Lifecycles { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> WireNames => Events.WireNames;

    /// <inheritdoc />
    public Type CommandType => typeof(TCommand);

    /// <inheritdoc />
    public Type EventType => typeof(TEvent);

    /// <inheritdoc />
    public Type StateType => typeof(TState);

    /// <summary>Reads the status from a state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The status.</returns>
    public TStatus StatusOf(TState state) => Decider.StatusOf(Preconditions.CheckNotNull(state));

    /// <summary>Returns the trigger an event records, or null for one that fires no row of the table.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The trigger, or null.</returns>
    public TTrigger? TriggerOf(TEvent @event) => Decider.TriggerOf(Preconditions.CheckNotNull(@event));

    /// <summary>
    /// Asks which of the commands the aggregate proposes for a state would be accepted now, and why the others would
    /// not (GEN-06). Pure: nothing is decided for real. An aggregate that proposes nothing answers with no steps.
    /// </summary>
    /// <param name="state">The state, e.g. replayed from the stream.</param>
    /// <param name="context">The decision context (clock, calendar, actor, policies).</param>
    /// <returns>The accepted and the blocked proposals.</returns>
    public NextSteps<TCommand> WhatNext(TState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        var proposals = Decider is ICommandProposer<TCommand, TState> proposer ? proposer.ProposeCommands(state, context) : [];
        return Decider.WhatNext(state, context, proposals);
    }

    /// <summary>Returns the stream of the aggregate instance with an identifier: <c>{category}-{id:N}</c>.</summary>
    /// <typeparam name="TId">The identifier type.</typeparam>
    /// <param name="id">The identifier.</param>
    /// <returns>The stream.</returns>
    public StreamId StreamOf<TId>(TId id)
        where TId : struct, IGuidIdentifier<TId> =>
        StreamId.For(StreamCategory, id);

    /// <inheritdoc />
    public TResult Accept<TResult>(IAggregateVisitor<TResult> visitor) => Preconditions.CheckNotNull(visitor).Visit(this);

    /// <inheritdoc />
    public override string ToString() => Name;
}
