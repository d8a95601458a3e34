using System;
using System.Collections.Generic;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Hosting;
using KeyAccount.Domain.Marten;
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
    /// <see cref="KeyAccountDomainOptions.RunProcesses"/> is false, the hosted service that runs the processes.
    /// Registrations a host made before are kept (e.g. its own store of one aggregate).
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
            services.TryAddSingleton<IDocumentStore>(_ => DocumentStore.For(o => KeyAccountMarten.Configure(o, connectionString, options.MartenSchema)));
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
        if (options.RunProcesses)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ProcessRunnerService>());
        }

        return services;
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
