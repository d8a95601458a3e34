using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;

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

    /// <summary>Gets the aggregates some row sends to "every dependent": the runner asks the host's
    /// <see cref="IDependentStreams"/> for their streams.</summary>
    public IReadOnlyList<IAggregateDefinition> Dependents => rows.Where(r => r.Reaction.ToDependents).Select(r => r.Target).Distinct().ToArray();

    /// <summary>Returns the commands an event of the source asks for, in declaration order.</summary>
    /// <param name="envelope">The source event as stored.</param>
    /// <param name="before">The source aggregate's state before the event.</param>
    /// <param name="dependents">The streams of an aggregate that rely on the source's stream, for the rows sent to every
    /// dependent (see <see cref="Dependents"/>); when null, such rows send nothing.</param>
    /// <returns>The commands; empty when no row reacts to the event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="envelope"/> or <paramref name="before"/> is null.</exception>
    public IReadOnlyList<ProcessCommand> React(EventEnvelope<TEvent> envelope, TState before, Func<IAggregateDefinition, IReadOnlyList<StreamId>>? dependents = null)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(before);
        var e = envelope.Event;
        var lookup = dependents ?? (_ => []);
        var commands = new List<ProcessCommand>();
        TState? after = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!row.EventType.IsInstanceOfType(e) || !row.Applies(e, before))
            {
                continue;
            }

            Func<DecisionContext, DecisionContext> contextFor = c => c;
            if (row.SuppliesSourceState)
            {
                // GEN-11: the target decides on the source's state at the event's version, replayed here, never taken from the command.
                var state = after ??= Decider.Evolve(before, e);
                contextFor = c => c.WithSource(envelope.Stream, envelope.Version, state);
            }

            var id = ProcessCommandIds.For(Name, envelope.Stream, envelope.Version, i, "command");
            var compensationId = ProcessCommandIds.For(Name, envelope.Stream, envelope.Version, i, "compensation");
            foreach (var stream in row.Streams(e, before, lookup))
            {
                commands.Add(new ProcessCommand(Name, row.Target, stream, id, envelope.Actor, row.Command(e, before), FollowUp(row, envelope, before, compensationId, contextFor, 1), contextFor));
            }
        }

        return commands;
    }

    // The n-th follow-up of a refused command: the row's compensation or redirect, itself followed up when refused.
    private Func<DomainError, DecisionContext, ProcessCommand?> FollowUp(
        ProcessRow<TCommand, TEvent, TState> row, EventEnvelope<TEvent> envelope, TState before, Identifiers.CommandId id, Func<DecisionContext, DecisionContext> contextFor, int attempt) =>
        (refusal, context) => row.FollowUp?.Invoke(refusal, envelope.Event, before, context, attempt) is { } next
            ? new ProcessCommand(
                Name, next.Target ?? Source, next.Stream ?? envelope.Stream, id, envelope.Actor, next.Command,
                FollowUp(row, envelope, before, id, contextFor, attempt + 1), next.Target is null ? c => c : contextFor)
            : null;

    /// <inheritdoc />
    public string ToMermaid() => ProcessDiagram.ToMermaid(this);

    /// <inheritdoc />
    public override string ToString() => Name;
}
