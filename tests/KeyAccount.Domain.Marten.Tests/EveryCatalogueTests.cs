using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Marten.Tests;

/// <summary>
/// Every event of every aggregate of <see cref="AggregateCatalogue.All"/> is stored by Marten under its wire name and
/// read back equal (GEN-02); the test kit's histories run through the command handler on PostgreSQL, and a command
/// retried with its ID through a new store after a restart appends nothing (GEN-03).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class EveryCatalogueTests(PostgresDatabase database)
{
    public static TheoryData<string> Aggregates => new(AggregateCatalogue.All.Select(a => a.Name));

    [PostgresTheory]
    [MemberData(nameof(Aggregates))]
    [Trait("Rule", "GEN-02")]
    public Task Every_event_is_stored_under_its_wire_name_and_read_back_equal(string name) =>
        AggregateCatalogue.Find(name)!.Accept(new RoundTrip(database));

    [PostgresTheory]
    [MemberData(nameof(Aggregates))]
    [Trait("Rule", "GEN-03")]
    public Task Kit_histories_run_through_the_handler_and_a_retry_after_a_restart_appends_nothing(string name) =>
        AggregateCatalogue.Find(name)!.Accept(new Histories(database));

    private sealed class RoundTrip(PostgresDatabase database) : IAggregateVisitor<Task>
    {
        public async Task Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
            where TCommand : class
            where TEvent : class
            where TState : class
            where TStatus : struct, Enum
        {
            var stream = new StreamId($"{aggregate.StreamCategory}-{Guid.NewGuid():N}");
            var command = CommandId.From(Guid.NewGuid());
            var envelopes = aggregate.WireNames.Select((wire, i) =>
            {
                var read = aggregate.Serializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", wire + ".json")));
                Assert.True(read.IsT0, wire);
                return new EventEnvelope<TEvent>(stream, i + 1, command, new ActorId("E0042"), Instant.FromUtc(2026, 3, 2, 2, 0) + Duration.FromMilliseconds(i), read.AsT0.Event);
            }).ToList();
            var store = new MartenEventStore<TEvent>(database.Store);
            var appended = await store.AppendAsync(stream, 0, envelopes);
            Assert.True(appended.Succeeded);

            var back = await new MartenEventStore<TEvent>(database.Store).ReadAsync(stream);
            Assert.Equal(envelopes, back);
            await using var session = database.Store.QuerySession();
            var types = await session.AdvancedSql.QueryAsync<string>(
                $"select type from {PostgresDatabase.Schema}.mt_events where stream_id = ? order by version", default, stream.Value);
            Assert.Equal(aggregate.WireNames, types);
        }
    }

    private sealed class Histories(PostgresDatabase database) : IAggregateVisitor<Task>
    {
        public async Task Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
            where TCommand : class
            where TEvent : class
            where TState : class
            where TStatus : struct, Enum
        {
            var histories = AggregateHistories.For(aggregate, TestContexts.Default).Sample(20, new Rnd(20260302UL), 4).Where(h => h.Commands.Count > 0).ToList();
            var handler = new CommandHandler<TCommand, TEvent, TState>(aggregate.Decider, new MartenEventStore<TEvent>(database.Store));
            var runs = histories.Select(h => (History: h, Stream: new StreamId($"{aggregate.StreamCategory}-{Guid.NewGuid():N}"), Ids: h.Commands.Select(_ => CommandId.From(Guid.NewGuid())).ToArray())).ToList();
            // A command that changed nothing leaves no trace (GEN-03): its retry is decided again, so only the commands
            // that appended events are retried below.
            var recorded = new HashSet<CommandId>();
            foreach (var run in runs)
            {
                var i = 0;
                foreach (var (command, context) in run.History.Steps)
                {
                    var id = run.Ids[i++];
                    var outcome = await handler.HandleAsync(run.Stream, id, new ActorId("E0001"), command, context);
                    Assert.True(outcome.IsCommitted, $"{aggregate.Name}: {command.GetType().Name} was not committed");
                    if (outcome.AsT0.Events.Count > 0)
                    {
                        recorded.Add(id);
                    }
                }

                var (state, version) = await handler.LoadAsync(run.Stream);
                Assert.Equal(run.History.State, state);
                Assert.Equal(run.History.Events.Count, version);
            }

            // A restarted host: a new Marten store over the same database recognises every command by its ID.
            await using var restarted = PostgresDatabase.OpenStore();
            var again = new CommandHandler<TCommand, TEvent, TState>(aggregate.Decider, new MartenEventStore<TEvent>(restarted));
            foreach (var run in runs)
            {
                var i = 0;
                foreach (var (command, context) in run.History.Steps)
                {
                    var id = run.Ids[i++];
                    if (!recorded.Contains(id))
                    {
                        continue;
                    }

                    var outcome = await again.HandleAsync(run.Stream, id, new ActorId("E0001"), command, context);
                    Assert.True(outcome.IsCommitted && outcome.AsT0.AlreadyProcessed, $"{aggregate.Name}: the retry of {command.GetType().Name} was not recognised");
                }

                Assert.Equal(run.History.Events.Count, (await again.LoadAsync(run.Stream)).Version);
            }
        }
    }
}
