using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Hosting;
using KeyAccount.Domain.Marten.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace KeyAccount.Domain.Marten.Tests.Daemon;

/// <summary>
/// One host process of a test: its own container from <c>AddKeyAccountDomain</c> over the test's schema, with its own
/// Marten store and async daemon. Several nodes on one schema are several hosts over one database.
/// </summary>
internal sealed class DaemonNode : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private IHostedService[] started = [];

    /// <param name="schema">The test's schema.</param>
    /// <param name="clock">The clock of the decisions.</param>
    /// <param name="configure">More options.</param>
    /// <param name="ownStore">Whether the node builds its Marten store and daemon itself, as a host that keeps its own
    /// <see cref="IDocumentStore"/> does, subscribing the processes with <see cref="KeyAccountMarten.SubscribeProcesses"/>.</param>
    public DaemonNode(string schema, IClock clock, Action<KeyAccountDomainOptions>? configure = null, bool ownStore = false)
    {
        var collection = new ServiceCollection();
        if (ownStore)
        {
            collection.AddMarten(sp => KeyAccountMarten.SubscribeProcesses(KeyAccountMarten.Configure(new StoreOptions(), PostgresDatabase.ConnectionString, schema), sp))
                .ApplyAllDatabaseChangesOnStartup()
                .AddAsyncDaemon(JasperFx.Events.Daemon.DaemonMode.HotCold);
        }

        services = collection
            .AddKeyAccountDomain(o =>
            {
                o.Clock = clock;
                o.UseMarten(PostgresDatabase.ConnectionString, schema);
                o.ProcessPollInterval = TimeSpan.FromMilliseconds(200);
                o.ConfigureMarten(m =>
                {
                    // A node that stops is replaced within about a second.
                    m.Projections.LeadershipPollingTime = 250;
                    m.Projections.HealthCheckPollingTime = TimeSpan.FromMilliseconds(500);
                });
                configure?.Invoke(o);
            })
            .BuildServiceProvider();
    }

    /// <summary>Gets a new schema name for one test.</summary>
    public static string NewSchema() => $"keyaccount_daemon_{Guid.NewGuid():N}";

    public IServiceProvider Services => services;

    public IDocumentStore Store => services.GetRequiredService<IDocumentStore>();

    public DecisionContexts Contexts => services.GetRequiredService<DecisionContexts>();

    public ProcessTally Tally => services.GetRequiredService<ProcessSubscriptions>().Tally;

    public InstrumentedCommandHandler<TCommand, TEvent, TState> Handler<TCommand, TEvent, TState>()
        where TCommand : class =>
        services.GetRequiredService<InstrumentedCommandHandler<TCommand, TEvent, TState>>();

    /// <summary>Starts the node's hosted services: the schema check and Marten's projection coordinator.</summary>
    public async Task StartAsync()
    {
        started = services.GetServices<IHostedService>().ToArray();
        foreach (var service in started)
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    /// <summary>Stops the hosted services: the coordinator stops the daemon and gives up its advisory locks.</summary>
    public async Task StopAsync()
    {
        foreach (var service in Enumerable.Reverse(started))
        {
            await service.StopAsync(CancellationToken.None);
        }

        started = [];
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await services.DisposeAsync();
    }

    /// <summary>Waits until a condition holds, polling, or fails after the timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {seconds} s: {what}.");
            }

            await Task.Delay(100);
        }
    }
}
