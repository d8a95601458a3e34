using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;

namespace KeyAccount.Domain.Processes;

/// <summary>
/// A process across aggregates, declared once as data (GEN-12): for an event of the source aggregate, the commands
/// for other aggregates' streams, with IDs derived from the event, and the compensation sent back to the source when
/// a target refuses. <see cref="React"/> is pure: event in, commands out. <see cref="ProcessRunner{TCommand, TEvent, TState}"/>
/// runs it for a host.
/// </summary>
/// <typeparam name="TCommand">The source aggregate's command type (compensations are source commands).</typeparam>
/// <typeparam name="TEvent">The source aggregate's event type.</typeparam>
/// <typeparam name="TState">The source aggregate's state type.</typeparam>
public sealed class ProcessDefinition<TCommand, TEvent, TState> : IProcessDefinition
    where TCommand : class
    where TEvent : class
    where TState : class
{
    private readonly IReadOnlyList<ProcessRow<TCommand, TEvent, TState>> rows;

    internal ProcessDefinition(string name, IAggregateDefinition source, IDecider<TCommand, TEvent, TState> decider, IReadOnlyList<ProcessRow<TCommand, TEvent, TState>> rows)
    {
        Name = name;
        Source = source;
        Decider = decider;
        this.rows = rows;
        Reactions = rows.Select(r => r.Reaction).ToArray();
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IAggregateDefinition Source { get; }

    /// <summary>Gets the source aggregate's decider, with which a runner rebuilds the state before an event.</summary>
    public IDecider<TCommand, TEvent, TState> Decider { get; }

    /// <inheritdoc />
    public IReadOnlyList<ProcessReaction> Reactions { get; }

    /// <summary>Returns the commands an event of the source asks for, in declaration order.</summary>
    /// <param name="envelope">The source event as stored.</param>
    /// <param name="before">The source aggregate's state before the event.</param>
    /// <returns>The commands; empty when no row reacts to the event.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IReadOnlyList<ProcessCommand> React(EventEnvelope<TEvent> envelope, TState before)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(before);
        var e = envelope.Event;
        var commands = new List<ProcessCommand>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!row.EventType.IsInstanceOfType(e) || !row.Applies(e, before))
            {
                continue;
            }

            var id = ProcessCommandIds.For(Name, envelope.Stream, envelope.Version, i, "command");
            var compensationId = ProcessCommandIds.For(Name, envelope.Stream, envelope.Version, i, "compensation");
            commands.Add(new ProcessCommand(Name, row.Target, row.Stream(e, before), id, envelope.Actor, row.Command(e, before), refusal =>
                row.Compensate is null
                    ? null
                    : new ProcessCommand(Name, Source, envelope.Stream, compensationId, envelope.Actor, row.Compensate(refusal, e, before), _ => null)));
        }

        return commands;
    }

    /// <inheritdoc />
    public string ToMermaid() => ProcessDiagram.ToMermaid(this);

    /// <inheritdoc />
    public override string ToString() => Name;
}
