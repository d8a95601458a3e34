using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Aggregates;

/// <summary>Builds the definitions of the package's aggregates and reaches their typed cores.</summary>
internal static class AggregateDefinition
{
    /// <summary>Declares an aggregate over its decider, whose table decides the status.</summary>
    /// <typeparam name="TCommand">The command base type.</typeparam>
    /// <typeparam name="TEvent">The event base type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <typeparam name="TStatus">The lifecycle's state enumeration.</typeparam>
    /// <typeparam name="TTrigger">The lifecycle's trigger enumeration.</typeparam>
    /// <param name="streamCategory">The category of its stream names.</param>
    /// <param name="decider">The decider.</param>
    /// <param name="events">The event catalogue.</param>
    /// <param name="entityLifecycles">The tables of the entities the aggregate holds, drawn after its own.</param>
    /// <returns>The definition.</returns>
    internal static AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> Of<TCommand, TEvent, TState, TStatus, TTrigger>(
        string streamCategory,
        LifecycleDecider<TCommand, TEvent, TState, TStatus, TTrigger> decider,
        EventCatalog<TEvent> events,
        params ILifecycle[] entityLifecycles)
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum
        where TTrigger : struct, Enum =>
        new(streamCategory, decider, events, entityLifecycles);

    /// <summary>Calls a visitor with the typed core of a definition of the package.</summary>
    /// <typeparam name="TResult">What the visitor returns.</typeparam>
    /// <param name="aggregate">The definition.</param>
    /// <param name="visitor">The visitor.</param>
    /// <returns>What the visitor returned.</returns>
    /// <exception cref="ArgumentException">The definition was not built by <see cref="Of"/>.</exception>
    internal static TResult Accept<TResult>(this IAggregateDefinition aggregate, ITriggeredAggregateVisitor<TResult> visitor) =>
        Preconditions.CheckNotNull(aggregate) is ITriggeredAggregate typed
            ? typed.Accept(visitor)
            : throw new ArgumentException($"{aggregate} is not a definition of this package.", nameof(aggregate));
}
