using System;
using System.Collections.Generic;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Decisions;
using NodaTime;

namespace KeyAccount.Domain.Hosting;

/// <summary>How <c>AddKeyAccountDomain</c> sets up the package in a host: the calendar, the clock and zone, the policies, the store and the process runner.</summary>
public sealed class KeyAccountDomainOptions
{
    private readonly List<Func<DecisionContext, DecisionContext>> policies = [];

    /// <summary>Gets or sets the business calendar; <see cref="BusinessCalendar.ChinaMainland"/> by default.</summary>
    public BusinessCalendar Calendar { get; set; } = BusinessCalendar.ChinaMainland;

    /// <summary>Gets or sets the zone in which business days are reckoned; Asia/Shanghai by default.</summary>
    public DateTimeZone Zone { get; set; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Gets or sets the clock decisions read their time from; <see cref="SystemClock.Instance"/> by default.</summary>
    public IClock Clock { get; set; } = SystemClock.Instance;

    /// <summary>
    /// Gets or sets whether the processes of <see cref="Processes.ProcessCatalogue.All"/> run in the host; true by default.
    /// In memory they run in a polling hosted service; after <see cref="UseMarten"/> they run as subscriptions on
    /// Marten's async daemon (<c>DaemonMode.HotCold</c>: one node at a time runs each, another takes over when it stops).
    /// </summary>
    public bool RunProcesses { get; set; } = true;

    /// <summary>
    /// Gets or sets how long the in-memory process runner waits when it has read every event, and how long a process
    /// subscription on the daemon waits before it runs again an event that is not done (a command kept conflicting, or
    /// its evidence lags); one second by default.
    /// </summary>
    public TimeSpan ProcessPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets which Marten projections the store has after <see cref="UseMarten"/> (all four by default, account summaries without personal data).</summary>
    public Marten.Projections.KeyAccountProjectionOptions Projections { get; } = new();

    /// <summary>Gets the host's own settings of the Marten store, applied after the package's; null when none.</summary>
    public Action<global::Marten.StoreOptions>? MartenConfiguration { get; private set; }

    /// <summary>Gets the PostgreSQL connection string set by <see cref="UseMarten"/>, or null for the in-memory store.</summary>
    public string? MartenConnectionString { get; private set; }

    /// <summary>Gets the database schema set by <see cref="UseMarten"/>.</summary>
    public string MartenSchema { get; private set; } = "keyaccount";

    /// <summary>Gets how the global read of the Marten store treats gaps.</summary>
    public Marten.MartenEventStoreOptions MartenStoreOptions { get; private set; } = Marten.MartenEventStoreOptions.Default;

    /// <summary>Keeps the streams in PostgreSQL through Marten (<see cref="Marten.MartenEventStore{TEvent}"/>) instead of in memory.</summary>
    /// <param name="connectionString">The PostgreSQL connection string.</param>
    /// <param name="schema">The database schema; <c>keyaccount</c> by default.</param>
    /// <param name="storeOptions">How the global read treats gaps; <see cref="Marten.MartenEventStoreOptions.Default"/> when null.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> or <paramref name="schema"/> is blank.</exception>
    public KeyAccountDomainOptions UseMarten(string connectionString, string schema = "keyaccount", Marten.MartenEventStoreOptions? storeOptions = null)
    {
        MartenConnectionString = Preconditions.CheckNotBlank(connectionString);
        MartenSchema = Preconditions.CheckNotBlank(schema);
        MartenStoreOptions = storeOptions ?? Marten.MartenEventStoreOptions.Default;
        return this;
    }

    /// <summary>Adds the host's own settings of the Marten store (e.g. the daemon's polling times), applied after the package's.</summary>
    /// <param name="configure">Changes the store's options.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public KeyAccountDomainOptions ConfigureMarten(Action<global::Marten.StoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        MartenConfiguration += configure;
        return this;
    }

    /// <summary>Sets a host policy every decision context carries (e.g. a refund waiting period).</summary>
    /// <typeparam name="TPolicy">The policy type.</typeparam>
    /// <param name="policy">The policy.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public KeyAccountDomainOptions WithPolicy<TPolicy>(TPolicy policy)
        where TPolicy : class, IPolicy<TPolicy>
    {
        ArgumentNullException.ThrowIfNull(policy);
        policies.Add(c => c.With(policy));
        return this;
    }

    /// <summary>Returns a context at an instant with the calendar, zone and policies of these options.</summary>
    internal DecisionContext ContextAt(Instant now)
    {
        var context = new DecisionContext(now, Zone, Calendar);
        foreach (var policy in policies)
        {
            context = policy(context);
        }

        return context;
    }
}
