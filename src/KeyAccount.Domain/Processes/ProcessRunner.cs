using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;

namespace KeyAccount.Domain.Processes;

/// <summary>
/// Runs processes for a host (GEN-12): reads the source aggregate's events after its checkpoint, asks every process
/// for its commands, sends them through the command handler of their target (retrying a
/// <see cref="ConcurrencyConflict"/> with bounded backoff), sends a compensation back to the source when a target
/// refuses, and saves its checkpoint after each event. Delivery is at least once — an event may be run again after a
/// crash before its checkpoint was saved, or from an older checkpoint — and never doubles an effect: each command's
/// ID is derived from its source event, so a target that has it already appends nothing (GEN-03).
/// </summary>
/// <typeparam name="TCommand">The source aggregate's command type.</typeparam>
/// <typeparam name="TEvent">The source aggregate's event type.</typeparam>
/// <typeparam name="TState">The source aggregate's state type.</typeparam>
public sealed class ProcessRunner<TCommand, TEvent, TState>
    where TCommand : class
    where TEvent : class
    where TState : class
{
    private readonly EventStores stores;
    private readonly ICheckpointStore checkpoints;
    private readonly ProcessDefinition<TCommand, TEvent, TState>[] processes;
    private readonly RetryPolicy retry;
    private readonly IDependentStreams? dependents;

    /// <summary>Creates a runner.</summary>
    /// <param name="name">The runner's name, under which its checkpoint is kept.</param>
    /// <param name="stores">The stores of the source aggregate and of every target.</param>
    /// <param name="checkpoints">Where the checkpoint is kept.</param>
    /// <param name="processes">The processes to run; all react to the same source aggregate.</param>
    /// <param name="retry">The retry policy for conflicts; <see cref="RetryPolicy.Default"/> when null.</param>
    /// <param name="dependents">The host's index of dependent streams, required when a process sends to every
    /// dependent (<see cref="ProcessDefinition{TCommand, TEvent, TState}.Dependents"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, no process is given, or a process sends to every
    /// dependent and no index is given.</exception>
    public ProcessRunner(
        string name, EventStores stores, ICheckpointStore checkpoints, IEnumerable<ProcessDefinition<TCommand, TEvent, TState>> processes,
        RetryPolicy? retry = null, IDependentStreams? dependents = null)
    {
        Name = Preconditions.CheckNotBlank(name);
        this.stores = Preconditions.CheckNotNull(stores);
        this.checkpoints = Preconditions.CheckNotNull(checkpoints);
        this.processes = Preconditions.CheckNotNull(processes).ToArray();
        Preconditions.CheckArgument(this.processes.Length > 0, nameof(processes), "A runner needs at least one process.");
        this.retry = retry ?? RetryPolicy.Default;
        this.dependents = dependents;
        Preconditions.CheckArgument(
            dependents is not null || this.processes.All(p => p.Dependents.Count == 0),
            nameof(dependents),
            "A process sends to every dependent stream; the runner needs the host's index of them.");
    }

    /// <summary>Gets the runner's name.</summary>
    public string Name { get; }

    /// <summary>Runs every source event after the checkpoint, until none is left or a command keeps conflicting.</summary>
    /// <param name="context">The time, calendar and policies the commands are decided with.</param>
    /// <param name="batchSize">How many events are read at once; positive.</param>
    /// <param name="cancellationToken">Cancels the run; the checkpoint then stays at the last finished event.</param>
    /// <returns>What the run did.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public async ValueTask<ProcessRunReport> RunAsync(DecisionContext context, int batchSize = 256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var source = stores.For<TEvent>();
        var checkpoint = await checkpoints.LoadAsync(Name, cancellationToken).ConfigureAwait(false);
        var dispatches = new List<ProcessDispatch>();
        var read = 0;
        while (true)
        {
            var page = await source.ReadAllAsync(checkpoint, batchSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                return new ProcessRunReport(checkpoint, read, dispatches, Stalled: false);
            }

            foreach (var stored in page)
            {
                if (!await RunEventAsync(source, stored.Envelope, context, dispatches, cancellationToken).ConfigureAwait(false))
                {
                    return new ProcessRunReport(checkpoint, read, dispatches, Stalled: true);
                }

                checkpoint = stored.Position;
                read++;
                await checkpoints.SaveAsync(Name, checkpoint, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Runs one source event: sends every command the processes ask for, follows refusals with their compensations,
    /// and reports in <paramref name="dispatches"/> what was sent. The checkpoint is not touched: a caller that keeps
    /// its progress elsewhere (Marten's async daemon) runs the events itself.
    /// </summary>
    /// <param name="envelope">The source event.</param>
    /// <param name="context">The time, calendar, policies and evidence the commands are decided with.</param>
    /// <param name="dispatches">Receives each command sent, in order.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>
    /// False when the event is not done and has to be run again: a command kept conflicting, or a target refused for
    /// want of evidence the context did not carry yet (GEN-11 <c>evidence.missing</c>), which is never compensated —
    /// the evidence may only lag behind the event, and voiding the source for it would be wrong.
    /// </returns>
    internal ValueTask<bool> RunEventAsync(EventEnvelope<TEvent> envelope, DecisionContext context, List<ProcessDispatch> dispatches, CancellationToken cancellationToken) =>
        RunEventAsync(stores.For<TEvent>(), envelope, context, dispatches, cancellationToken);

    private async ValueTask<bool> RunEventAsync(IEventStore<TEvent> source, EventEnvelope<TEvent> envelope, DecisionContext context, List<ProcessDispatch> dispatches, CancellationToken cancellationToken)
    {
        var history = await source.ReadAsync(envelope.Stream, cancellationToken).ConfigureAwait(false);
        foreach (var process in processes)
        {
            var before = process.Decider.Replay(history.TakeWhile(e => e.Version < envelope.Version).Select(e => e.Event));
            var found = new Dictionary<string, IReadOnlyList<Identifiers.StreamId>>(StringComparer.Ordinal);
            foreach (var dependent in process.Dependents)
            {
                found[dependent.Name] = await dependents!.FindAsync(dependent, envelope.Stream, cancellationToken).ConfigureAwait(false);
            }

            foreach (var command in process.React(envelope, before, d => found[d.Name]))
            {
                var sent = await CommandDispatcher.DispatchAsync(stores, command, command.ContextFor(context), retry, false, cancellationToken).ConfigureAwait(false);
                dispatches.Add(sent);
                var current = command;
                while (sent is { Status: ProcessDispatchStatus.Refused, Refusal: { } refusal } && !Evidence.IsMissing(refusal) && current.CompensationFor(refusal, context) is { } next)
                {
                    current = next;
                    sent = await CommandDispatcher.DispatchAsync(stores, next, next.ContextFor(context), retry, true, cancellationToken).ConfigureAwait(false);
                    dispatches.Add(sent);
                }

                if (sent.Status == ProcessDispatchStatus.Conflicted || (sent.Refusal is { } last && Evidence.IsMissing(last)))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
