using System;
using System.Collections.Generic;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Processes;

/// <summary>Declares the rows of a process, event by event.</summary>
internal sealed class ProcessBuilder<TCommand, TEvent, TState>
    where TCommand : class
    where TEvent : class
    where TState : class
{
    private readonly string name;
    private readonly IAggregateDefinition source;
    private readonly IDecider<TCommand, TEvent, TState> decider;
    private readonly List<ProcessRow<TCommand, TEvent, TState>> rows = [];

    internal ProcessBuilder(string name, IAggregateDefinition source, IDecider<TCommand, TEvent, TState> decider)
    {
        this.name = name;
        this.source = source;
        this.decider = decider;
    }

    /// <summary>Declares what every event of one type leads to.</summary>
    public ProcessBuilder<TCommand, TEvent, TState> On<TOn>(Action<ReactionBuilder<TCommand, TEvent, TState, TOn>> declare)
        where TOn : class, TEvent =>
        On(null, (_, _) => true, declare);

    /// <summary>Declares what the events of one type that meet a condition lead to.</summary>
    /// <param name="condition">The condition in words, for the diagram.</param>
    /// <param name="when">The condition on the event and the source's state before it.</param>
    /// <param name="declare">Declares the rows.</param>
    public ProcessBuilder<TCommand, TEvent, TState> On<TOn>(string? condition, Func<TOn, TState, bool> when, Action<ReactionBuilder<TCommand, TEvent, TState, TOn>> declare)
        where TOn : class, TEvent
    {
        ArgumentNullException.ThrowIfNull(when);
        ArgumentNullException.ThrowIfNull(declare);
        declare(new ReactionBuilder<TCommand, TEvent, TState, TOn>(condition, when, rows.Add) { SourceName = source.Name });
        return this;
    }

    /// <summary>Finishes the declaration.</summary>
    public ProcessDefinition<TCommand, TEvent, TState> Build() => new(name, source, decider, rows.ToArray());
}
