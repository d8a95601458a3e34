using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using JasperFx.Events.Subscriptions;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Hosting;
using KeyAccount.Domain.Processes;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.Logging;

namespace KeyAccount.Domain.Marten.Daemon;

/// <summary>
/// One process of <see cref="ProcessCatalogue.All"/> as a Marten subscription on the async daemon (GEN-12): the daemon
/// hands it the source aggregate's events in global order, page by page, and records its progress in
/// <c>mt_event_progression</c> once a page is done; under <c>DaemonMode.HotCold</c> one node at a time holds the
/// subscription's advisory lock, and another takes it over when that node stops. Each event is run with
/// <see cref="ProcessRunner{TCommand, TEvent, TState}"/>; an event that is not done — a command kept conflicting, or a
/// target refused for evidence that lags (GEN-11) — is run again after <see cref="KeyAccountDomainOptions.ProcessPollInterval"/>,
/// up to <see cref="Attempts"/> times, and then fails the page: the daemon pauses the subscription and restarts it
/// from its recorded progress, so the page is run again. Redelivery never doubles an effect: the command IDs derive from the source events (GEN-03).
/// </summary>
/// <typeparam name="TCommand">The source aggregate's command type.</typeparam>
/// <typeparam name="TEvent">The source aggregate's event type.</typeparam>
/// <typeparam name="TState">The source aggregate's state type.</typeparam>
internal sealed partial class ProcessSubscription<TCommand, TEvent, TState> : SubscriptionBase
    where TCommand : class
    where TEvent : class
    where TState : class
{
    /// <summary>How many times an event that is not done is run before the page fails.</summary>
    internal const int Attempts = 30;

    private readonly Lazy<(ProcessRunner<TCommand, TEvent, TState> Runner, ProjectEvidence Evidence)> parts;
    private readonly DecisionContexts contexts;
    private readonly TimeSpan pause;
    private readonly ProcessTally tally;
    private readonly ILogger logger;

    /// <summary>Creates the subscription.</summary>
    /// <param name="process">The process.</param>
    /// <param name="services">Where the stores, the document store and the host's dependent streams are resolved, at the first page.</param>
    /// <param name="contexts">Makes the contexts the commands are decided with.</param>
    /// <param name="pause">How long to wait before an event that is not done is run again.</param>
    /// <param name="tally">Counts what the subscription did.</param>
    /// <param name="logger">The logger.</param>
    public ProcessSubscription(
        ProcessDefinition<TCommand, TEvent, TState> process, Func<(EventStores Stores, IDocumentStore Store, IDependentStreams? Dependents)> services,
        DecisionContexts contexts, TimeSpan pause, ProcessTally tally, ILogger logger)
    {
        Name = process.Name;
        foreach (var type in EventTypeMap.TypesOf<TEvent>())
        {
            IncludeType(type);
        }

        parts = new(() =>
        {
            var (stores, store, dependents) = services();
            return (new ProcessRunner<TCommand, TEvent, TState>(process.Name, stores, new InMemoryCheckpointStore(), [process], dependents: dependents), new ProjectEvidence(store, stores));
        });
        this.contexts = contexts;
        this.pause = pause;
        this.tally = tally;
        this.logger = logger;
    }

    /// <inheritdoc />
    public override async Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var events = page.Events.Where(e => e.Data is TEvent).ToList();
        if (events.Count == 0)
        {
            return NullChangeListener.Instance;
        }

        var (runner, evidence) = parts.Value;
        var context = await evidence.AddToAsync(contexts.Now(), cancellationToken).ConfigureAwait(false);
        foreach (var e in events)
        {
            var envelope = MartenEnvelopes.ToEnvelope<TEvent>(e);
            for (var attempt = 1; ; attempt++)
            {
                var dispatches = new List<ProcessDispatch>();
                if (await runner.RunEventAsync(envelope, context, dispatches, cancellationToken).ConfigureAwait(false))
                {
                    tally.Finished(dispatches);
                    break;
                }

                tally.Retry();
                if (attempt == Attempts)
                {
                    throw new InvalidOperationException(
                        $"Process {Name} could not finish event {e.Sequence} ({e.EventTypeName} of {e.StreamKey}) in {Attempts} attempts: a command kept conflicting or its evidence is missing.");
                }

                LogRetry(logger, Name, e.Sequence, attempt);
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                context = await evidence.AddToAsync(contexts.Now(), cancellationToken).ConfigureAwait(false);
            }
        }

        return NullChangeListener.Instance;
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "Process {Process}: event {Sequence} is not done (a command kept conflicting or its evidence lags); attempt {Attempt} failed, it is run again")]
    private static partial void LogRetry(ILogger logger, string process, long sequence, int attempt);
}
