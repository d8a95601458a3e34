using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Kernel.Sample;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

public sealed class CommandHandlerTests
{
    private static readonly StreamId Stream = new("ticket-1");
    private static readonly ActorId Actor = new("E001");

    private static CommandId NewCommand() => CommandId.From(Guid.NewGuid());

    [Fact]
    public async Task A_command_is_decided_on_the_replayed_state_and_appended_with_its_metadata()
    {
        var store = new InMemoryEventStore<TicketEvent>();
        var handler = new CommandHandler<TicketCommand, TicketEvent, TicketState>(new TicketDecider(), store);
        var open = NewCommand();

        var outcome = await handler.HandleAsync(Stream, open, Actor, new OpenTicket("Fix the gate"), TestContexts.Default);

        var committed = outcome.AsT0;
        Assert.Equal(1, committed.Version);
        Assert.Equal(TicketStatus.Open, committed.State.Status);
        var stored = Assert.Single(await store.ReadAsync(Stream));
        Assert.Equal((Stream, 1L, open, Actor, TestContexts.Default.Now), (stored.Stream, stored.Version, stored.CommandId, stored.Actor, stored.RecordedAt));
    }

    [Fact]
    public async Task A_rejected_command_appends_nothing()
    {
        var store = new InMemoryEventStore<TicketEvent>();
        var handler = new CommandHandler<TicketCommand, TicketEvent, TicketState>(new TicketDecider(), store);

        var outcome = await handler.HandleAsync(Stream, NewCommand(), Actor, new FinishTicket(), TestContexts.Default);

        Assert.True(outcome.IsRejected);
        Assert.Equal("TST-01", outcome.AsT1.RuleId.Value);
        Assert.Empty(await store.ReadAsync(Stream));
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task A_repeated_command_id_appends_nothing_the_second_time()
    {
        var store = new InMemoryEventStore<TicketEvent>();
        var handler = new CommandHandler<TicketCommand, TicketEvent, TicketState>(new TicketDecider(), store);
        var id = NewCommand();

        await handler.HandleAsync(Stream, id, Actor, new OpenTicket("Fix the gate"), TestContexts.Default);
        var again = await handler.HandleAsync(Stream, id, Actor, new OpenTicket("Fix the gate"), TestContexts.Default);

        Assert.True(again.AsT0.AlreadyProcessed);
        Assert.Single(again.AsT0.Events);
        Assert.Single(await store.ReadAsync(Stream));
    }

    [Fact]
    public async Task An_append_at_a_stale_version_is_a_conflict_and_writes_nothing()
    {
        var store = new InMemoryEventStore<TicketEvent>();
        var envelope = new EventEnvelope<TicketEvent>(Stream, 1, NewCommand(), Actor, TestContexts.Default.Now, new TicketOpened("x"));
        Assert.True((await store.AppendAsync(Stream, 0, [envelope])).Succeeded);

        var stale = await store.AppendAsync(Stream, 0, [envelope]);

        Assert.Equal(new ConcurrencyConflict(Stream, 0, 1), stale.AsT1);
        Assert.Single(await store.ReadAsync(Stream));
    }

    [Property(MaxTest = 30)]
    [Trait("Rule", "GEN-02")]
    public Property Concurrent_appends_to_one_stream_have_exactly_one_winner(PositiveInt writersSeed) =>
        Prop.ForAll(Gen.Choose(2, 8).ToArbitrary(), writers =>
        {
            var store = new InMemoryEventStore<TicketEvent>();
            var decider = new TicketDecider();
            var handler = new CommandHandler<TicketCommand, TicketEvent, TicketState>(decider, store);
            handler.HandleAsync(Stream, NewCommand(), Actor, new OpenTicket("Fix the gate"), TestContexts.Default).AsTask().Wait();

            // Every writer reads version 1, then all try to append at once.
            using var start = new Barrier(writers);
            var results = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
            {
                var envelope = new EventEnvelope<TicketEvent>(Stream, 2, NewCommand(), Actor, TestContexts.Default.Now, new TicketCommented($"writer {i}", [], i));
                start.SignalAndWait();
                return await store.AppendAsync(Stream, 1, [envelope]);
            })).ToArray();
            Task.WaitAll(results);

            var stored = store.ReadAsync(Stream).AsTask().Result;
            return results.Count(r => r.Result.Succeeded) == 1
                && results.Count(r => !r.Result.Succeeded) == writers - 1
                && stored.Count == 2
                && stored.Select(e => e.Version).SequenceEqual([1L, 2L]);
        });

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async Task Retrying_after_a_conflict_with_the_same_command_id_takes_effect_once()
    {
        var store = new InMemoryEventStore<TicketEvent>();
        var handler = new CommandHandler<TicketCommand, TicketEvent, TicketState>(new TicketDecider(), store);
        await handler.HandleAsync(Stream, NewCommand(), Actor, new OpenTicket("Fix the gate"), TestContexts.Default);
        var comment = NewCommand();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            while (true)
            {
                var outcome = await handler.HandleAsync(Stream, comment, Actor, new CommentOnTicket("once"), TestContexts.Default);
                if (!outcome.IsConflict)
                {
                    return outcome;
                }
            }
        })));

        Assert.All(outcomes, o => Assert.True(o.IsCommitted));
        var stored = await store.ReadAsync(Stream);
        Assert.Single(stored, e => e.CommandId == comment);
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(v => (long)v), stored.Select(e => e.Version));
    }
}
