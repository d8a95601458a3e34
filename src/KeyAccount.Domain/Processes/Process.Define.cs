using System;
using KeyAccount.Domain.Aggregates;

namespace KeyAccount.Domain.Processes;

/// <summary>Entry point for declaring processes across aggregates (GEN-12).</summary>
internal static class Process
{
    /// <summary>Starts the declaration of a process reacting to one aggregate's events.</summary>
    /// <returns>A builder.</returns>
    internal static ProcessBuilder<TCommand, TEvent, TState> Define<TCommand, TEvent, TState, TStatus>(
        string name, AggregateDefinition<TCommand, TEvent, TState, TStatus> source)
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum =>
        new(Preconditions.CheckNotBlank(name), Preconditions.CheckNotNull(source), source.Decider);
}
