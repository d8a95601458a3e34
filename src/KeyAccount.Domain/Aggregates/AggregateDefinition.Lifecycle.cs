using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Aggregates;

/// <summary>
/// The typed core of an aggregate's definition: the decider with the lifecycle table over its trigger enumeration and
/// which trigger each event records. Built by <see cref="AggregateDefinition.Of"/>; code of the package that needs the
/// trigger reaches it from any definition through <see cref="AggregateDefinition.Accept"/>.
/// </summary>
/// <typeparam name="TCommand">The command base type.</typeparam>
/// <typeparam name="TEvent">The event base type.</typeparam>
/// <typeparam name="TState">The state type.</typeparam>
/// <typeparam name="TStatus">The lifecycle's state enumeration.</typeparam>
/// <typeparam name="TTrigger">The lifecycle's trigger enumeration.</typeparam>
internal sealed class AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> : AggregateDefinition<TCommand, TEvent, TState, TStatus>, ITriggeredAggregate
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
        : base(streamCategory, decider, Preconditions.CheckNotNull(decider).Lifecycle, events, entityLifecycles)
    {
        Decider = decider;
    }

    /// <summary>Gets the decider with its typed table.</summary>
    public new LifecycleDecider<TCommand, TEvent, TState, TStatus, TTrigger> Decider { get; }

    /// <summary>Gets the lifecycle table that decides the status.</summary>
    public new Lifecycle<TStatus, TTrigger> Lifecycle => Decider.Lifecycle;

    /// <inheritdoc />
    public override TStatus StatusOf(TState state) => Decider.StatusOf(Preconditions.CheckNotNull(state));

    /// <summary>Returns the trigger an event records, or null for one that fires no row of the table.</summary>
    /// <param name="event">The event.</param>
    /// <returns>The trigger, or null.</returns>
    public TTrigger? TriggerOf(TEvent @event) => Decider.TriggerOf(Preconditions.CheckNotNull(@event));

    /// <inheritdoc />
    public TResult Accept<TResult>(ITriggeredAggregateVisitor<TResult> visitor) => Preconditions.CheckNotNull(visitor).Visit(this);
}
