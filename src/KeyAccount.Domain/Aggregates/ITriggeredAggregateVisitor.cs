using System;

namespace KeyAccount.Domain.Aggregates;

/// <summary>Code of the package that works on any aggregate with its lifecycle's trigger type, called through
/// <see cref="AggregateDefinition.Accept"/>.</summary>
/// <typeparam name="TResult">What the visitor returns.</typeparam>
internal interface ITriggeredAggregateVisitor<out TResult>
{
    /// <summary>Works on one typed core.</summary>
    /// <typeparam name="TCommand">The command base type.</typeparam>
    /// <typeparam name="TEvent">The event base type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <typeparam name="TStatus">The lifecycle's state enumeration.</typeparam>
    /// <typeparam name="TTrigger">The lifecycle's trigger enumeration.</typeparam>
    /// <param name="aggregate">The definition with its typed core.</param>
    /// <returns>The result.</returns>
    TResult Visit<TCommand, TEvent, TState, TStatus, TTrigger>(AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> aggregate)
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum
        where TTrigger : struct, Enum;
}
