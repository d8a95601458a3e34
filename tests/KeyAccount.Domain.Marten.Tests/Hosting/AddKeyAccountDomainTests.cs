using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Hosting;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Marten.Tests.Hosting;

/// <summary>AddKeyAccountDomain wires the handlers, the calendar, the clock, the in-memory store and the process runner; the handler's telemetry names the rule of a rejection and no personal data.</summary>
public sealed class AddKeyAccountDomainTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly LocalDate Launch = new(2026, 3, 9);
    private static readonly ActorId Specialist = new("CS-07");
    private static readonly Customer Wang = new("王芳", "110101199001011234");

    [Fact]
    public void Defaults_are_the_china_mainland_calendar_the_in_memory_store_and_the_process_runner()
    {
        using var services = new ServiceCollection().AddKeyAccountDomain().BuildServiceProvider();

        Assert.Same(BusinessCalendar.ChinaMainland, services.GetRequiredService<BusinessCalendar>());
        Assert.Same(SystemClock.Instance, services.GetRequiredService<IClock>());
        Assert.IsType<InMemoryEventStore<SubscriptionEvent>>(services.GetRequiredService<IEventStore<SubscriptionEvent>>());
        Assert.IsType<InMemoryCheckpointStore>(services.GetRequiredService<ICheckpointStore>());
        Assert.NotNull(services.GetRequiredService<CommandHandler<UnitCommand, UnitEvent, UnitState>>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s.GetType().Name == "ProcessRunnerService");
        Assert.Contains(SubscriptionUnitProcess.Definition.Name, services.GetRequiredService<KeyAccountProcesses>().Names);
    }

    [Fact]
    public void UseMarten_registers_the_postgresql_store()
    {
        using var services = new ServiceCollection()
            .AddKeyAccountDomain(o => o.UseMarten("Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none"))
            .BuildServiceProvider();

        Assert.IsType<MartenEventStore<SubscriptionEvent>>(services.GetRequiredService<IEventStore<SubscriptionEvent>>());
        Assert.IsType<MartenCheckpointStore>(services.GetRequiredService<ICheckpointStore>());
    }

    [Fact]
    [Trait("Rule", "GEN-12")]
    public void UseMarten_runs_the_processes_on_the_async_daemon_instead_of_the_polling_runner()
    {
        using var services = new ServiceCollection()
            .AddKeyAccountDomain(o => o.UseMarten("Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none"))
            .BuildServiceProvider();

        var store = services.GetRequiredService<global::Marten.IDocumentStore>();

        Assert.Equal(global::JasperFx.Events.Daemon.DaemonMode.HotCold, Assert.IsType<global::Marten.DocumentStore>(store).Options.Projections.AsyncMode);
        var hosted = services.GetServices<IHostedService>().ToArray();
        Assert.DoesNotContain(hosted, s => s.GetType().Name == "ProcessRunnerService");
        Assert.Contains(hosted, s => s is global::Marten.Events.Daemon.Coordination.IProjectionCoordinator);
        // The approvals process needs the host's index of dependent streams, which is not registered here.
        Assert.Equal([SalesDayPaymentProcess.Definition.Name, SubscriptionUnitProcess.Definition.Name], services.GetRequiredService<global::KeyAccount.Domain.Marten.Daemon.ProcessSubscriptions>().Names);
    }

    [Fact]
    [Trait("Rule", "SUB-08")]
    public async Task A_subscription_is_drafted_through_the_container_and_the_process_runner_holds_its_unit()
    {
        var clock = new SettableClock(At(Launch.PlusDays(-7)));
        using var services = new ServiceCollection().AddKeyAccountDomain(o => o.Clock = clock).BuildServiceProvider();
        var contexts = services.GetRequiredService<DecisionContexts>();
        var projects = services.GetRequiredService<InstrumentedCommandHandler<SalesProjectCommand, SalesProjectEvent, SalesProjectState>>();
        var units = services.GetRequiredService<InstrumentedCommandHandler<UnitCommand, UnitEvent, UnitState>>();
        var subscriptions = services.GetRequiredService<InstrumentedCommandHandler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>>();
        var (project, unit, subscription) = (ProjectId.From(Guid.NewGuid()), UnitId.From(Guid.NewGuid()), SubscriptionId.From(Guid.NewGuid()));
        var projectStream = SalesProjectAggregate.StreamOf(project);

        await Committed(projects.HandleAsync(projectStream, NewId(), Specialist, new RegisterProject(project, "滨江花园", Launch), contexts.Now()));
        await Committed(projects.HandleAsync(projectStream, NewId(), Specialist, new SetSalesMode(SalesMode.Agency), contexts.Now()));
        await Committed(projects.HandleAsync(projectStream, NewId(), Specialist, new CompleteLaunchPreparation(new ActorId("SM-01")), contexts.Now()));
        clock.Now = At(Launch);
        await Committed(projects.HandleAsync(projectStream, NewId(), Specialist, new OpenSales(), contexts.Now()));
        await Committed(units.HandleAsync(UnitAggregate.StreamOf(unit), NewId(), Specialist, new ListUnit(unit, project, "3-1502"), contexts.Now()));
        var (opened, version) = await projects.LoadAsync(projectStream);
        await Committed(subscriptions.HandleAsync(
            SubscriptionAggregate.StreamOf(subscription), NewId(), Specialist,
            new DraftSubscription(Specialist, subscription, project, unit, [Wang], Money.Cny(900_000m)), contexts.Now().WithSource(projectStream, version, opened)));

        var reports = await services.GetRequiredService<KeyAccountProcesses>().RunOnceAsync();

        Assert.Equal(1, reports[SubscriptionUnitProcess.Definition.Name].EventsRead);
        var (held, _) = await units.LoadAsync(UnitAggregate.StreamOf(unit));
        Assert.Equal(UnitStatus.Held, held.Status);
        Assert.Equal(subscription, held.HeldBy);
        var (drafted, _) = await subscriptions.LoadAsync(SubscriptionAggregate.StreamOf(subscription));
        Assert.Equal(SubscriptionStatus.Draft, drafted.Status);
    }

    [Fact]
    [Trait("Rule", "GEN-11")]
    public async Task A_rejection_is_counted_and_traced_with_its_rule_and_without_personal_data()
    {
        var measurements = new ConcurrentBag<(string Instrument, Dictionary<string, object?> Tags)>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == KeyAccountTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((i, _, tags, _) => measurements.Add((i.Name, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        meters.SetMeasurementEventCallback<double>((i, _, tags, _) => measurements.Add((i.Name, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        meters.Start();
        var activities = new ConcurrentBag<Activity>();
        using var tracing = new ActivityListener
        {
            ShouldListenTo = s => s.Name == KeyAccountTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Add,
        };
        ActivitySource.AddActivityListener(tracing);
        var logs = new LogCollector();
        using var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddKeyAccountDomain(o => o.Clock = new SettableClock(At(Launch)))
            .BuildServiceProvider();
        var subscriptions = services.GetRequiredService<InstrumentedCommandHandler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>>();
        var subscription = SubscriptionId.From(Guid.NewGuid());
        var stream = SubscriptionAggregate.StreamOf(subscription);

        // No project state in the context: the draft is refused (GEN-11), and the command names a customer.
        var outcome = await subscriptions.HandleAsync(
            stream, NewId(), Specialist,
            new DraftSubscription(Specialist, subscription, ProjectId.From(Guid.NewGuid()), UnitId.From(Guid.NewGuid()), [Wang], Money.Cny(900_000m)),
            services.GetRequiredService<DecisionContexts>().Now());

        Assert.True(outcome.IsRejected);
        var rule = outcome.AsT1.RuleId.Value;
        Assert.Equal("GEN-11", rule);
        Assert.Empty(await services.GetRequiredService<IEventStore<SubscriptionEvent>>().ReadAsync(stream));
        Assert.Contains(measurements, m => m.Instrument == KeyAccountTelemetry.Commands
            && Equals(m.Tags[KeyAccountTelemetry.RuleTag], rule) && Equals(m.Tags[KeyAccountTelemetry.OutcomeTag], "rejected")
            && Equals(m.Tags[KeyAccountTelemetry.CommandTag], nameof(DraftSubscription)) && Equals(m.Tags[KeyAccountTelemetry.AggregateTag], "subscription"));
        Assert.Contains(measurements, m => m.Instrument == KeyAccountTelemetry.CommandDuration && Equals(m.Tags[KeyAccountTelemetry.OutcomeTag], "rejected"));
        var activity = Assert.Single(activities, a => Equals(a.GetTagItem(KeyAccountTelemetry.StreamTag), stream.Value));
        Assert.Equal(rule, activity.GetTagItem(KeyAccountTelemetry.RuleTag));
        Assert.Equal(outcome.AsT1.Code, activity.GetTagItem(KeyAccountTelemetry.CodeTag));
        var log = Assert.Single(logs.Messages, m => m.Contains(stream.Value, StringComparison.Ordinal));
        Assert.Contains(rule, log, StringComparison.Ordinal);

        var seen = measurements.SelectMany(m => m.Tags.Values).Concat(activities.SelectMany(a => a.TagObjects.Select(t => t.Value)))
            .Select(v => v?.ToString() ?? "").Concat(logs.Messages).ToList();
        Assert.DoesNotContain(seen, v => v.Contains(Wang.Name, StringComparison.Ordinal) || v.Contains(Wang.IdDocumentNumber, StringComparison.Ordinal));
    }

    private static Instant At(LocalDate date) => date.At(new LocalTime(10, 0)).InZoneStrictly(Shanghai).ToInstant();

    private static CommandId NewId() => CommandId.From(Guid.NewGuid());

    private static async Task Committed<TEvent, TState>(ValueTask<CommandOutcome<TEvent, TState>> handling)
    {
        var outcome = await handling;
        Assert.True(outcome.IsCommitted, outcome.ToString());
    }

    private sealed class LogCollector : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue(formatter(state, exception) + " " + string.Join(" ", (state as IEnumerable<KeyValuePair<string, object?>>)?.Select(p => p.Value) ?? []));

        public void Dispose()
        {
        }
    }
}
