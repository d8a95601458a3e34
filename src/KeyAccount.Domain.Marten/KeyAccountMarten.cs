using System;
using JasperFx.Events.Projections;
using KeyAccount.Domain.Marten.Daemon;
using KeyAccount.Domain.Marten.Projections;
using Microsoft.Extensions.DependencyInjection;
using KeyAccount.Domain.Serialization;
using JasperFx.Events;
using Marten;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Weasel.Core;

namespace KeyAccount.Domain.Marten;

/// <summary>Configures a Marten store for the package's events.</summary>
public static class KeyAccountMarten
{
    // How long the async daemon waits at a gap in the event sequence before it checks whether the gap can still be filled.
    private static readonly TimeSpan StaleGapWait = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Sets up a Marten <see cref="StoreOptions"/> for the package: streams keyed by the package's
    /// <see cref="Identifiers.StreamId"/> (strings), every event of <see cref="Aggregates.AggregateCatalogue.All"/>
    /// stored under its wire name (e.g. <c>subscription.payment_received.v1</c>), event headers for the command ID,
    /// actor and decision time, and JSON in the package's style (camelCase, enumerations as strings, NodaTime's ISO
    /// formats). The async daemon's wait at a gap in the sequence is half a second; a host changes it with
    /// <c>options.Projections.StaleSequenceThreshold</c> after this call.
    /// </summary>
    /// <param name="options">The options to configure.</param>
    /// <param name="connectionString">The PostgreSQL connection string.</param>
    /// <param name="schema">The database schema of the tables; <c>keyaccount</c> by default.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> or <paramref name="schema"/> is blank.</exception>
    public static StoreOptions Configure(StoreOptions options, string connectionString, string schema = "keyaccount")
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Connection(Preconditions.CheckNotBlank(connectionString));
        options.DatabaseSchemaName = Preconditions.CheckNotBlank(schema);
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json =>
        {
            json.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
            json.MaxDepth = KeyAccountJson.MaxDepth;
        });
        foreach (var (type, wireName) in EventTypeMap.All)
        {
            options.Events.MapEventType(type, wireName);
        }

        options.Schema.For<ProcessCheckpoint>().Identity(c => c.Id);

        // A lost append race rolls back the sequence numbers it took, and the daemon waits this long at each such gap
        // before it asks PostgreSQL whether a live transaction could still fill it (Marten's transaction evidence, on
        // by default, holds while one could): under contention Marten's three seconds put the processes tens of
        // seconds behind the commands.
        options.Projections.StaleSequenceThreshold = StaleGapWait;
        return options;
    }

    /// <summary>
    /// Subscribes the processes of <see cref="Processes.ProcessCatalogue.All"/> to a store the host builds itself, one
    /// Marten subscription per process, to run on its async daemon (<c>AddAsyncDaemon(DaemonMode.HotCold)</c>). Call it
    /// in the host's <c>AddMarten(sp =&gt; ...)</c> after <see cref="Configure"/>, with that provider; when
    /// <c>AddKeyAccountDomain</c> builds the store it does this itself. A process that sends to every dependent stream is
    /// subscribed only when the host registered an <see cref="Processes.IDependentStreams"/>.
    /// </summary>
    /// <param name="options">The store's options.</param>
    /// <param name="services">The host's services, with <c>AddKeyAccountDomain</c> and <c>UseMarten</c>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><c>AddKeyAccountDomain</c> with <c>UseMarten</c> was not called on the services.</exception>
    public static StoreOptions SubscribeProcesses(StoreOptions options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        var subscriptions = services.GetService<ProcessSubscriptions>()
            ?? throw new InvalidOperationException("The processes are subscribed by AddKeyAccountDomain with UseMarten; call it on these services first.");
        subscriptions.SubscribeAll(options);
        return options;
    }

    /// <summary>
    /// Registers the package's projections on a store, to run on Marten's async daemon: <see cref="AccountSummaryView"/>
    /// per key account, <see cref="SalesDayReport"/> per sales day, <see cref="SubscriptionLedger"/> per sales project and
    /// <see cref="ContractRegisterView"/> per contract register, each folded from the aggregate's events with its own
    /// decider. A host that builds its own store calls this after <see cref="Configure"/> and runs the daemon
    /// (<c>AddMarten(...).AddAsyncDaemon(DaemonMode.HotCold)</c>); <c>AddKeyAccountDomain</c> does both.
    /// </summary>
    /// <param name="options">The store's options.</param>
    /// <param name="projections">Which projections and whether account summaries carry personal data; the defaults when null.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static StoreOptions AddProjections(StoreOptions options, KeyAccountProjectionOptions? projections = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        projections ??= new KeyAccountProjectionOptions();
        if (!projections.Enabled)
        {
            return options;
        }

        options.Projections.Add(new AccountSummaryProjection(projections.IncludePersonalData), ProjectionLifecycle.Async, "keyaccount-account-summary");
        options.Projections.Add(new SalesDayReportProjection(), ProjectionLifecycle.Async, "keyaccount-sales-day-report");
        options.Projections.Add(new SubscriptionLedgerProjection(), ProjectionLifecycle.Async, "keyaccount-subscription-ledger");
        options.Projections.Add(new ContractRegisterProjection(), ProjectionLifecycle.Async, "keyaccount-contract-register");
        options.Schema.For<AccountSummaryView>();
        options.Schema.For<SalesDayReport>();
        options.Schema.For<SubscriptionLedger>();
        options.Schema.For<ContractRegisterView>();
        return options;
    }
}
