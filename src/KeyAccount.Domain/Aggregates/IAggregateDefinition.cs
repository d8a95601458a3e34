using System;
using System.Collections.Generic;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Aggregates;

/// <summary>
/// An aggregate's definition without its type parameters, for code that handles every aggregate alike (a tool that
/// validates any event log, a test over every catalogue). <see cref="Accept{TResult}"/> hands the typed definition to
/// a generic visitor.
/// </summary>
public interface IAggregateDefinition
{
    /// <summary>Gets the aggregate's name, which is also its lifecycle's name, e.g. <c>subscription</c>.</summary>
    string Name { get; }

    /// <summary>Gets the category of its stream names, e.g. <c>subscription</c> for <c>subscription-{id}</c>.</summary>
    string StreamCategory { get; }

    /// <summary>Gets the wire names of its events, in declaration order.</summary>
    IReadOnlyList<string> WireNames { get; }

    /// <summary>Gets its lifecycle tables: the one that decides its status first, then those of the entities it holds
    /// (e.g. an account's visits).</summary>
    IReadOnlyList<ILifecycle> Lifecycles { get; }

    /// <summary>Gets the command base type.</summary>
    Type CommandType { get; }

    /// <summary>Gets the event base type.</summary>
    Type EventType { get; }

    /// <summary>Gets the state type.</summary>
    Type StateType { get; }

    /// <summary>Calls the visitor with the typed definition.</summary>
    /// <typeparam name="TResult">What the visitor returns.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <returns>What the visitor returned.</returns>
    TResult Accept<TResult>(IAggregateVisitor<TResult> visitor);
}
