using System;
using KeyAccount.Domain.Accounts;

namespace KeyAccount.Domain.Aggregates;

/// <summary>Code that works on any aggregate with its types, called through <see cref="IAggregateDefinition.Accept{TResult}"/>.</summary>
/// <typeparam name="TResult">What the visitor returns.</typeparam>
public interface IAggregateVisitor<out TResult>
{
    /// <summary>Works on one typed definition.</summary>
    /// <typeparam name="TCommand">The command base type.</typeparam>
    /// <typeparam name="TEvent">The event base type.</typeparam>
    /// <typeparam name="TState">The state type.</typeparam>
    /// <typeparam name="TStatus">The lifecycle's state enumeration.</typeparam>
    /// <param name="aggregate">The definition.</param>
    /// <returns>The result.</returns>
    TResult Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum;
}
