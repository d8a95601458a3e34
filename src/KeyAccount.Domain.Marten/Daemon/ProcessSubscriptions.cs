using System;
using System.Collections.Generic;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Hosting;
using KeyAccount.Domain.Processes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KeyAccount.Domain.Marten.Daemon;

/// <summary>
/// The processes of <see cref="ProcessCatalogue.All"/> as subscriptions on Marten's async daemon, one per process, for
/// the store <c>AddKeyAccountDomain</c> configures. A process that sends to every dependent stream is subscribed only
/// when the host registered an <see cref="IDependentStreams"/>.
/// </summary>
internal sealed partial class ProcessSubscriptions
{
    private readonly IServiceProvider services;
    private readonly KeyAccountDomainOptions options;
    private readonly ILogger<ProcessSubscriptions> logger;

    /// <summary>Creates the set.</summary>
    /// <param name="services">The host's services; the stores are resolved when the first page arrives.</param>
    /// <param name="options">The options (the pause before an event is run again).</param>
    /// <param name="logger">The logger.</param>
    public ProcessSubscriptions(IServiceProvider services, KeyAccountDomainOptions options, ILogger<ProcessSubscriptions> logger)
    {
        this.services = services;
        this.options = options;
        this.logger = logger;
    }

    /// <summary>Gets what the subscriptions of this host did.</summary>
    public ProcessTally Tally { get; } = new();

    /// <summary>Gets the names of the subscribed processes, once <see cref="SubscribeAll"/> ran.</summary>
    public IReadOnlyList<string> Names { get; private set; } = [];

    /// <summary>Adds a subscription per process to a store's options.</summary>
    /// <param name="store">The options of the store.</param>
    public void SubscribeAll(StoreOptions store)
    {
        var hasDependents = services.GetService<IServiceProviderIsService>()?.IsService(typeof(IDependentStreams)) ?? false;
        var names = new List<string>();
        foreach (var process in ProcessCatalogue.All)
        {
            if (process.Source.Accept(new Subscribe(this, process, hasDependents)) is not { } subscription)
            {
                LogSkipped(logger, process.Name);
                continue;
            }

            store.Events.Subscribe(subscription);
            names.Add(process.Name);
        }

        Names = names;
    }

    private (EventStores, IDocumentStore, IDependentStreams?) Resolve() =>
        (services.GetRequiredService<EventStores>(), services.GetRequiredService<IDocumentStore>(), services.GetService<IDependentStreams>());

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Process {Process} sends to dependent streams and no IDependentStreams is registered; it is not subscribed")]
    private static partial void LogSkipped(ILogger logger, string process);

    private sealed class Subscribe(ProcessSubscriptions owner, IProcessDefinition process, bool hasDependents) : IAggregateVisitor<global::Marten.Subscriptions.ISubscription?>
    {
        public global::Marten.Subscriptions.ISubscription? Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
            where TCommand : class
            where TEvent : class
            where TState : class
            where TStatus : struct, Enum
        {
            var typed = (ProcessDefinition<TCommand, TEvent, TState>)process;
            return typed.Dependents.Count > 0 && !hasDependents
                ? null
                : new ProcessSubscription<TCommand, TEvent, TState>(
                    typed, owner.Resolve, owner.services.GetRequiredService<DecisionContexts>(), owner.options.ProcessPollInterval, owner.Tally,
                    owner.services.GetRequiredService<ILoggerFactory>().CreateLogger($"KeyAccount.Domain.Processes.{process.Name}"));
        }
    }
}
