using System;
using System.Collections.Generic;
using System.Linq;
using JasperFx.Events.Daemon;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Hosting;
using KeyAccount.Domain.Marten;
using KeyAccount.Domain.Marten.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers KeyAccount.Domain in a host's service collection.</summary>
public static class KeyAccountServiceCollectionExtensions
{
    /// <summary>
    /// Registers, for every aggregate of <see cref="AggregateCatalogue.All"/>, its store
    /// (<see cref="IEventStore{TEvent}"/>: in memory, or <see cref="MartenEventStore{TEvent}"/> after
    /// <see cref="KeyAccountDomainOptions.UseMarten"/>), its <see cref="CommandHandler{TCommand, TEvent, TState}"/> and
    /// its <see cref="InstrumentedCommandHandler{TCommand, TEvent, TState}"/>; the <see cref="EventStores"/>, the
    /// <see cref="ICheckpointStore"/>, the <see cref="BusinessCalendar"/>, the <see cref="IClock"/>,
    /// <see cref="DecisionContexts"/>, <see cref="KeyAccountProcesses"/> and, unless
    /// <see cref="KeyAccountDomainOptions.RunProcesses"/> is false, what runs the processes: in memory a polling hosted
    /// service; after <see cref="KeyAccountDomainOptions.UseMarten"/>, Marten's store (<c>AddMarten</c>) with a
    /// subscription per process and the projections of <see cref="KeyAccountDomainOptions.Projections"/> on its async
    /// daemon in <c>DaemonMode.HotCold</c>, so that of several host processes over one database each process runs on
    /// one node at a time and a stopped node's work is taken over.
    /// Registrations a host made before are kept (e.g. its own store of one aggregate, or its own
    /// <see cref="IDocumentStore"/>, which the host then configures with <see cref="KeyAccountMarten.Configure"/>,
    /// <see cref="KeyAccountMarten.SubscribeProcesses"/> and <see cref="KeyAccountMarten.AddProjections"/> itself, and
    /// whose async daemon it adds).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; may be null.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddKeyAccountDomain(this IServiceCollection services, Action<KeyAccountDomainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new KeyAccountDomainOptions();
        configure?.Invoke(options);
        services.AddLogging();
        services.TryAddSingleton(options);
        services.TryAddSingleton(_ => options.Calendar);
        services.TryAddSingleton(_ => options.Clock);
        services.TryAddSingleton<DecisionContexts>();
        if (options.MartenConnectionString is { } connectionString)
        {
            AddMartenStore(services, options, connectionString);
            services.TryAddSingleton<ICheckpointStore>(sp => new MartenCheckpointStore(sp.GetRequiredService<IDocumentStore>()));
        }
        else
        {
            services.TryAddSingleton<ICheckpointStore, InMemoryCheckpointStore>();
        }

        var register = new Register(services, options.MartenConnectionString is not null, options.MartenStoreOptions);
        foreach (var aggregate in AggregateCatalogue.All)
        {
            aggregate.Accept(register);
        }

        services.TryAddSingleton(sp =>
        {
            var stores = new EventStores();
            foreach (var add in register.StoreAdders)
            {
                add(stores, sp);
            }

            return stores;
        });
        services.TryAddSingleton(sp => new KeyAccountProcesses(
            sp.GetRequiredService<EventStores>(), sp.GetRequiredService<ICheckpointStore>(), sp.GetRequiredService<DecisionContexts>(),
            sp.GetRequiredService<ILogger<KeyAccountProcesses>>(), sp.GetService<KeyAccount.Domain.Processes.IDependentStreams>()));
        if (options.RunProcesses && options.MartenConnectionString is null)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ProcessRunnerService>());
        }

        return services;
    }

    // The store, its process subscriptions and projections, and Marten's async daemon in HotCold mode: each
    // subscription and projection runs on one node at a time, which holds its advisory lock; another node takes it over
    // when that node stops. A host that registered its own IDocumentStore keeps it and configures it itself.
    private static void AddMartenStore(IServiceCollection services, KeyAccountDomainOptions options, string connectionString)
    {
        services.TryAddSingleton<ProcessSubscriptions>();
        if (services.Any(d => d.ServiceType == typeof(IDocumentStore)))
        {
            return;
        }

        var marten = services.AddMarten(sp =>
        {
            var store = KeyAccountMarten.Configure(new StoreOptions(), connectionString, options.MartenSchema);
            if (options.RunProcesses)
            {
                KeyAccountMarten.SubscribeProcesses(store, sp);
            }

            KeyAccountMarten.AddProjections(store, options.Projections);
            options.MartenConfiguration?.Invoke(store);
            return store;
        });
        // Every node brings the schema up to date before its daemon starts; Marten serialises that with a lock.
        marten.ApplyAllDatabaseChangesOnStartup();
        if (options.RunProcesses || options.Projections.Enabled)
        {
            marten.AddAsyncDaemon(DaemonMode.HotCold);
        }
    }

    private sealed class Register(IServiceCollection services, bool marten, MartenEventStoreOptions storeOptions) : IAggregateVisitor<bool>
    {
        /// <summary>Gets, per aggregate, how its registered store is added to <see cref="EventStores"/>.</summary>
        public List<Action<EventStores, IServiceProvider>> StoreAdders { get; } = [];

        public bool Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
            where TCommand : class
            where TEvent : class
            where TState : class
            where TStatus : struct, Enum
        {
            if (marten)
            {
                services.TryAddSingleton<IEventStore<TEvent>>(sp => new MartenEventStore<TEvent>(sp.GetRequiredService<IDocumentStore>(), storeOptions));
            }
            else
            {
                services.TryAddSingleton<IEventStore<TEvent>>(_ => new InMemoryEventStore<TEvent>());
            }

            services.TryAddSingleton(sp => new CommandHandler<TCommand, TEvent, TState>(aggregate.Decider, sp.GetRequiredService<IEventStore<TEvent>>()));
            services.TryAddSingleton(sp => new InstrumentedCommandHandler<TCommand, TEvent, TState>(
                sp.GetRequiredService<CommandHandler<TCommand, TEvent, TState>>(), aggregate.Name,
                sp.GetRequiredService<ILogger<InstrumentedCommandHandler<TCommand, TEvent, TState>>>()));
            StoreAdders.Add((stores, sp) => stores.Add(sp.GetRequiredService<IEventStore<TEvent>>()));
            return true;
        }
    }
}
