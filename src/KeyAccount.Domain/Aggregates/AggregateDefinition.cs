using System;
using System.Collections.Generic;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Aggregates;

/// <summary>
/// Everything the package knows about one aggregate, declared once: its name, how its streams are named, its decider,
/// its events' wire names, its lifecycle table, how to read the status from a state, and its diagrams.
/// <see cref="AggregateCatalogue.All"/> lists every definition; the tool, the test kit's coverage checks and the
/// documentation are derived from that list.
/// </summary>
/// <remarks>Which trigger of the lifecycle table each event records is plumbing of the package: every definition is
/// built inside it over a typed table, and hosts see the table's status, its name and its diagrams.</remarks>
/// <typeparam name="TCommand">The command base type.</typeparam>
/// <typeparam name="TEvent">The event base type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TStatus">The lifecycle's state enumeration.</typeparam>
public abstract class AggregateDefinition<TCommand, TEvent, TState, TStatus> : IAggregateDefinition
    where TCommand : class
    where TEvent : class
    where TState : class
    where TStatus : struct, Enum
{
    private protected AggregateDefinition(
        string streamCategory, IDecider<TCommand, TEvent, TState> decider, ILifecycle lifecycle, EventCatalog<TEvent> events, ILifecycle[] entityLifecycles)
    {
        StreamCategory = Preconditions.CheckNotBlank(streamCategory);
        Decider = Preconditions.CheckNotNull(decider);
        Lifecycle = Preconditions.CheckNotNull(lifecycle);
        Events = Preconditions.CheckNotNull(events);
        Serializer = new EventSerializer<TEvent>(events);
        Lifecycles = [lifecycle, .. entityLifecycles];
    }

    /// <summary>Gets the aggregate's name, which is also its lifecycle's name, e.g. <c>subscription</c>.</summary>
    public string Name => Lifecycle.Name;

    /// <inheritdoc />
    public string StreamCategory { get; }

    /// <summary>Gets the decider (a singleton: deciders hold no state of their own).</summary>
    public IDecider<TCommand, TEvent, TState> Decider { get; }

    /// <summary>Gets the event catalogue: the wire name of every event type.</summary>
    internal EventCatalog<TEvent> Events { get; }

    /// <summary>Gets the serializer of the aggregate's event envelopes.</summary>
    public EventSerializer<TEvent> Serializer { get; }

    /// <summary>Gets the lifecycle table that decides the status: its name and its diagrams.</summary>
    public ILifecycle Lifecycle { get; }

    /// <inheritdoc />
    public IReadOnlyList<ILifecycle> Lifecycles { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> WireNames => Events.WireNames;

    /// <summary>Returns the wire name of an event, e.g. <c>subscription.stamped.v1</c>: a contract, never reused for
    /// another event.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The wire name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public string WireNameOf(TEvent @event) => Events.WireNameOf(@event);

    /// <inheritdoc />
    public Type CommandType => typeof(TCommand);

    /// <inheritdoc />
    public Type EventType => typeof(TEvent);

    /// <inheritdoc />
    public Type StateType => typeof(TState);

    /// <summary>Reads the status from a state.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public abstract TStatus StatusOf(TState state);

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
