using System;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Marten;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using Marten;
using Npgsql;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Domain.Benchmarks.Store;

/// <summary>
/// Handling a command through the Marten store on PostgreSQL (<c>KEYACCOUNT_POSTGRES</c>) at 1, 4 and 16 concurrent
/// writers: <see cref="HandleCommand"/> is the package's <see cref="CommandHandler{TCommand, TEvent, TState}"/> over
/// <see cref="MartenEventStore{TEvent}"/> listing a unit (read the stream, decide, append at the version read, with the
/// command ID, actor and time in the event's headers); <see cref="MartenAppend"/> (the baseline, the floor for a store)
/// has Marten append the same event with the same headers to a new stream directly, with no read and no decision. Each
/// invocation handles <see cref="Commands"/> commands, split evenly across the writers, each writer on streams of its own;
/// the time reported is per command.
/// </summary>
[BenchmarkCategory(Postgres.Category)]
public class MartenStoreBenchmarks
{
    /// <summary>The commands per invocation.</summary>
    public const int Commands = 64;

    private static readonly ProjectId Project = ProjectId.From(Guid.Parse("5a2c8f0e-2b7d-4c1e-8f3a-9d6b1e4c7a22"));
    private static readonly ActorId Actor = new("C001");
    private readonly string schema = $"keyaccount_bench_{Guid.NewGuid():N}";
    private DocumentStore? store;
    private CommandHandler<UnitCommand, UnitEvent, UnitState>? handler;
    private DecisionContext? context;

    /// <summary>Gets or sets the concurrent writers.</summary>
    [Params(1, 4, 16)]
    public int Writers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var connectionString = Postgres.ConnectionString
            ?? throw new InvalidOperationException($"{Postgres.Variable} is not set: the store benchmarks need PostgreSQL (bash build/postgres.sh start).");
        store = DocumentStore.For(o => KeyAccountMarten.Configure(o, connectionString, schema));
        store.Storage.ApplyAllConfiguredChangesToDatabaseAsync().GetAwaiter().GetResult();
        handler = new CommandHandler<UnitCommand, UnitEvent, UnitState>(UnitAggregate.Definition.Decider, new MartenEventStore<UnitEvent>(store));
        context = new DecisionContext(Instant.FromUtc(2026, 3, 9, 2, 0), DateTimeZoneProviders.Tzdb["Asia/Shanghai"], BusinessCalendar.ChinaMainland);

        // Both paths once, so the tables, the connection pool and the JIT are warm, and the handler is seen to commit.
        MartenAppend().GetAwaiter().GetResult();
        HandleCommand().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store?.Dispose();
        using var connection = new NpgsqlConnection(Postgres.ConnectionString);
        connection.Open();
        using var drop = new NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
        drop.ExecuteNonQuery();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Commands)]
    public Task MartenAppend() => InWriters(async unit =>
    {
        await using var session = store!.LightweightSession();
        var e = session.Events.BuildEvent(new UnitListed(unit, Project, "3-1502"));
        e.SetHeader("command_id", Guid.NewGuid().ToString("D"));
        e.SetHeader("actor", Actor.Value);
        e.SetHeader("recorded_at", InstantPattern.ExtendedIso.Format(context!.Now));
        session.Events.StartStream(UnitAggregate.StreamOf(unit).Value, e);
        await session.SaveChangesAsync();
    });

    [Benchmark(OperationsPerInvoke = Commands)]
    public Task HandleCommand() => InWriters(async unit =>
    {
        var outcome = await handler!.HandleAsync(UnitAggregate.StreamOf(unit), CommandId.From(Guid.NewGuid()), Actor, new ListUnit(unit, Project, "3-1502"), context!);
        if (!outcome.IsCommitted)
        {
            throw new InvalidOperationException("The command was not committed.");
        }
    });

    private Task InWriters(Func<UnitId, Task> command) =>
        Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < Commands / Writers; i++)
            {
                await command(UnitId.From(Guid.NewGuid()));
            }
        })));
}
