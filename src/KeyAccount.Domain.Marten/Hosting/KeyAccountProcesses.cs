using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Sales.Site;
using Microsoft.Extensions.Logging;

namespace KeyAccount.Domain.Hosting;

/// <summary>
/// Every process of <see cref="ProcessCatalogue.All"/> as a <see cref="ProcessRunner{TCommand, TEvent, TState}"/>
/// over the host's stores and checkpoint store (GEN-12). A process that sends to every dependent stream runs only when
/// the host registered an <see cref="IDependentStreams"/>. The hosted service calls <see cref="RunOnceAsync"/> in a
/// loop; a host or a test may call it directly. Runs never overlap within a process.
/// </summary>
public sealed partial class KeyAccountProcesses : IDisposable
{
    private readonly IReadOnlyList<(string Name, Func<DecisionContext, CancellationToken, ValueTask<ProcessRunReport>> Run)> runners;
    private readonly EventStores stores;
    private readonly DecisionContexts contexts;
    private readonly ILogger<KeyAccountProcesses> logger;
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Creates the runners.</summary>
    /// <param name="stores">The stores of every aggregate.</param>
    /// <param name="checkpoints">Where the runners keep their checkpoints.</param>
    /// <param name="contexts">Makes the decision contexts the commands are decided with.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="dependents">The host's index of dependent streams, or null.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="dependents"/> is null.</exception>
    public KeyAccountProcesses(EventStores stores, ICheckpointStore checkpoints, DecisionContexts contexts, ILogger<KeyAccountProcesses> logger, IDependentStreams? dependents = null)
    {
        this.stores = Preconditions.CheckNotNull(stores);
        this.contexts = Preconditions.CheckNotNull(contexts);
        this.logger = Preconditions.CheckNotNull(logger);
        Preconditions.CheckNotNull(checkpoints);
        var list = new List<(string, Func<DecisionContext, CancellationToken, ValueTask<ProcessRunReport>>)>();
        foreach (var process in ProcessCatalogue.All)
        {
            var run = process.Source.Accept(new RunnerFor(process, stores, checkpoints, dependents));
            if (run is null)
            {
                LogSkipped(logger, process.Name);
                continue;
            }

            list.Add((process.Name, run));
        }

        runners = list;
    }

    /// <summary>Gets the names of the processes that run.</summary>
    public IReadOnlyList<string> Names => runners.Select(r => r.Name).ToArray();

    /// <summary>
    /// Runs every process over the events after its checkpoint, with a context at the clock's time that carries the
    /// state of every sales project (the evidence a unit hold relies on, SITE-01, GEN-11).
    /// </summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>What each process did, by name.</returns>
    public async Task<IReadOnlyDictionary<string, ProcessRunReport>> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var context = await WithProjectsAsync(contexts.Now(), cancellationToken).ConfigureAwait(false);
            var reports = new Dictionary<string, ProcessRunReport>(StringComparer.Ordinal);
            foreach (var (name, run) in runners)
            {
                var report = await run(context, cancellationToken).ConfigureAwait(false);
                reports[name] = report;
                if (report.EventsRead > 0 || report.Stalled)
                {
                    LogRun(logger, name, report.EventsRead, report.Dispatches.Count, report.Checkpoint, report.Stalled);
                }
            }

            return reports;
        }
        finally
        {
            gate.Release();
        }
    }

    // The projects are found through the global read, and each is then read from its own stream: the global read stops
    // before a sequence number an uncommitted append holds, so a project's latest events (its opening) could lag
    // behind the subscription the process is reacting to; a stream read has every committed event.
    private async ValueTask<DecisionContext> WithProjectsAsync(DecisionContext context, CancellationToken cancellationToken)
    {
        var projects = stores.For<SalesProjectEvent>();
        var streams = new HashSet<Identifiers.StreamId>();
        var position = 0L;
        while (true)
        {
            var page = await projects.ReadAllAsync(position, 1024, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            foreach (var stored in page)
            {
                streams.Add(stored.Envelope.Stream);
                position = stored.Position;
            }
        }

        return await Marten.Daemon.ProjectEvidence.AddAsync(context, projects, streams, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the lock that keeps runs from overlapping.</summary>
    public void Dispose() => gate.Dispose();

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Process {Process} sends to dependent streams and no IDependentStreams is registered; it does not run")]
    private static partial void LogSkipped(ILogger logger, string process);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Process {Process}: {Events} events read, {Dispatches} commands sent, checkpoint {Checkpoint}, stalled {Stalled}")]
    private static partial void LogRun(ILogger logger, string process, int events, int dispatches, long checkpoint, bool stalled);

    private sealed class RunnerFor(IProcessDefinition process, EventStores stores, ICheckpointStore checkpoints, IDependentStreams? dependents)
        : IAggregateVisitor<Func<DecisionContext, CancellationToken, ValueTask<ProcessRunReport>>?>
    {
        public Func<DecisionContext, CancellationToken, ValueTask<ProcessRunReport>>? Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
            where TCommand : class
            where TEvent : class
            where TState : class
            where TStatus : struct, Enum
        {
            var typed = (ProcessDefinition<TCommand, TEvent, TState>)process;
            if (typed.Dependents.Count > 0 && dependents is null)
            {
                return null;
            }

            var runner = new ProcessRunner<TCommand, TEvent, TState>(process.Name, stores, checkpoints, [typed], dependents: dependents);
            return (context, cancellationToken) => runner.RunAsync(context, cancellationToken: cancellationToken);
        }
    }
}
