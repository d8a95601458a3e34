using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.ContractReviews;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using ContractRegistered = KeyAccount.Domain.ContractReviews.ContractRegistered;
using RegisterContract = KeyAccount.Domain.ContractReviews.RegisterContract;

namespace KeyAccount.Domain.Tests.Reliability;

/// <summary>
/// Many command handlers at once against the in-memory store, on the same streams, each retrying on
/// <see cref="ConcurrencyConflict"/> with the same command ID. Afterwards no committed event is missing, every
/// stream is numbered 1, 2, 3… and the aggregate's own invariant holds. Bounded: each run takes well under a few
/// seconds; the figures are written to the test output.
/// </summary>
public sealed class ConcurrencyStressTests(ITestOutputHelper output)
{
    private static readonly ProjectId Project = TestProjects.Agency;

    [Fact]
    [Trait("Rule", "SUB-01")]
    public async Task Subscriptions_competing_for_units_never_hold_a_unit_twice()
    {
        const int workers = 16, rounds = 40, units = 4;
        var store = new ContendedStore<UnitEvent>(new InMemoryEventStore<UnitEvent>());
        var handler = new CommandHandler<UnitCommand, UnitEvent, UnitState>(UnitDecider.Instance, store);
        var committed = new ConcurrentBag<EventEnvelope<UnitEvent>>();
        var unitIds = Enumerable.Range(1, units).Select(n => UnitId.From(new Guid(n, 0, 0, new byte[8]))).ToArray();
        foreach (var unit in unitIds)
        {
            var listed = await handler.HandleAsync(UnitAggregate.StreamOf(unit), NewCommandId(), new ActorId("SM-01"), new ListUnit(unit, Project, $"3-{unit.Value.ToString()[..4]}"), TestContexts.Default);
            AddCommitted(committed, listed);
        }

        // The live check: a writer claims the unit here after its hold commits and gives it up before it releases.
        var holders = new SubscriptionId?[units];
        var holds = 0;
        var refusals = 0;
        var watch = Stopwatch.StartNew();

        await ContendedStore<UnitEvent>.RunTogether(workers, async worker =>
        {
            var random = new Random(worker);
            for (var round = 0; round < rounds; round++)
            {
                var subscription = SubscriptionId.From(new Guid(worker, (short)round, 1, new byte[8]));
                var u = random.Next(units);
                var stream = UnitAggregate.StreamOf(unitIds[u]);
                var held = await UntilDecided(handler, stream, new HoldUnit(subscription));
                AddCommitted(committed, held);
                if (held.IsRejected)
                {
                    Assert.Equal("SUB-01", held.AsT1.RuleId.Value);
                    Interlocked.Increment(ref refusals);
                    continue;
                }

                Assert.IsType<UnitHeld>(Assert.Single(held.AsT0.Events).Event);
                Interlocked.Increment(ref holds);
                lock (holders)
                {
                    Assert.Null(holders[u]);
                    holders[u] = subscription;
                }

                Thread.Yield();
                lock (holders)
                {
                    Assert.Equal(subscription, holders[u]);
                    holders[u] = null;
                }

                var released = await UntilDecided(handler, stream, new ReleaseUnit(subscription));
                Assert.True(released.IsCommitted, released.ToString());
                AddCommitted(committed, released);
            }
        });

        // Afterwards, per unit: holds and releases alternate, each release by the subscription that held it.
        foreach (var unit in unitIds)
        {
            SubscriptionId? holder = null;
            foreach (var e in (await store.Inner.ReadAsync(UnitAggregate.StreamOf(unit))).Skip(1).Select(e => e.Event))
            {
                switch (e)
                {
                    case UnitHeld h:
                        Assert.Null(holder);
                        holder = h.Subscription;
                        break;
                    case UnitReleased r:
                        Assert.Equal(holder, r.Subscription);
                        holder = null;
                        break;
                    default:
                        Assert.Fail($"unexpected {e}");
                        break;
                }
            }
        }

        await store.AssertNothingLostAsync(committed);
        Assert.Equal(workers * rounds, holds + refusals);
        Assert.True(holds > 0 && refusals > 0, $"{holds} holds, {refusals} refusals: the writers did not compete");
        output.WriteLine($"units: {workers} writers x {rounds} rounds on {units} units = {workers * rounds} hold attempts; {holds} held and released, {refusals} refused (SUB-01); {store.Appends} appends, {store.Conflicts} conflicts retried; {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    [Trait("Rule", "CR-01")]
    public async Task Registrations_competing_for_serial_numbers_get_gap_free_unique_numbers()
    {
        const int workers = 12, perWorker = 25;
        var store = new ContendedStore<ContractRegisterEvent>(new InMemoryEventStore<ContractRegisterEvent>());
        var handler = new CommandHandler<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState>(ContractRegisterDecider.Instance, store);
        var stream = ContractRegisterAggregate.StreamOf(ReviewSteps.Register);
        var committed = new ConcurrentBag<EventEnvelope<ContractRegisterEvent>>();
        var watch = Stopwatch.StartNew();

        await ContendedStore<ContractRegisterEvent>.RunTogether(workers, async worker =>
        {
            for (var i = 0; i < perWorker; i++)
            {
                var review = ContractReviewId.From(new Guid(worker, (short)i, 2, new byte[8]));
                var outcome = await UntilDecided(handler, stream, new RegisterContract(review, ReviewSteps.Account, $"PO-{worker}-{i}"));
                Assert.True(outcome.IsCommitted, outcome.ToString());
                AddCommitted(committed, outcome);
            }
        });

        var registered = (await store.Inner.ReadAsync(stream)).Select(e => (ContractRegistered)e.Event).ToList();
        const int total = workers * perWorker;
        Assert.Equal(Enumerable.Range(1, total).Select(n => (long)n), registered.Select(r => r.SerialNumber));
        Assert.Equal(total, registered.Select(r => r.Review).Distinct().Count());
        await store.AssertNothingLostAsync(committed);
        output.WriteLine($"register: {workers} writers x {perWorker} = {total} registrations, serial numbers 1..{registered[^1].SerialNumber}; {store.Appends} appends, {store.Conflicts} conflicts retried; {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    [Trait("Rule", "CR-01")]
    [Trait("Rule", "GEN-03")]
    public async Task A_command_retried_by_several_writers_at_once_takes_effect_once()
    {
        const int commands = 60, copies = 4;
        var store = new ContendedStore<ContractRegisterEvent>(new InMemoryEventStore<ContractRegisterEvent>());
        var handler = new CommandHandler<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState>(ContractRegisterDecider.Instance, store);
        var stream = ContractRegisterAggregate.StreamOf(ReviewSteps.Register);
        var ids = Enumerable.Range(0, commands).Select(n => CommandId.From(new Guid(n, 3, 3, new byte[8]))).ToArray();
        var committed = new ConcurrentBag<EventEnvelope<ContractRegisterEvent>>();
        var answers = new ConcurrentBag<(CommandId Id, long SerialNumber, bool AlreadyProcessed)>();
        var watch = Stopwatch.StartNew();

        // Every command is sent by `copies` writers, as a client that timed out and resent would; each copy also
        // retries on conflicts. Writers walk the commands in different orders so that copies overlap.
        await ContendedStore<ContractRegisterEvent>.RunTogether(commands / 10 * copies, async worker =>
        {
            var order = Enumerable.Range(0, commands).Where(n => n % (commands / 10) == worker % (commands / 10)).ToList();
            if (worker / (commands / 10) % 2 == 1)
            {
                order.Reverse();
            }

            foreach (var n in order)
            {
                var review = ContractReviewId.From(new Guid(n, 4, 4, new byte[8]));
                var outcome = await UntilDecided(handler, stream, new RegisterContract(review, ReviewSteps.Account, $"PO-{n}"), ids[n]);
                Assert.True(outcome.IsCommitted, outcome.ToString());
                var events = outcome.AsT0.Events;
                answers.Add((ids[n], ((ContractRegistered)Assert.Single(events).Event).SerialNumber, outcome.AsT0.AlreadyProcessed));
                if (!outcome.AsT0.AlreadyProcessed)
                {
                    AddCommitted(committed, outcome);
                }
            }
        });

        var history = await store.Inner.ReadAsync(stream);
        Assert.Equal(commands, history.Count);
        Assert.Equal(ids.Select(i => i.Value).Order(), history.Select(e => e.CommandId.Value).Order());
        Assert.Equal(commands * copies, answers.Count);
        Assert.Equal(commands, answers.Count(a => !a.AlreadyProcessed));
        foreach (var answer in answers)
        {
            // A repeated copy is answered with the original's events, not new ones.
            var original = history.Single(e => e.CommandId == answer.Id);
            Assert.Equal(((ContractRegistered)original.Event).SerialNumber, answer.SerialNumber);
        }

        Assert.Equal(Enumerable.Range(1, commands).Select(n => (long)n), history.Select(e => ((ContractRegistered)e.Event).SerialNumber));
        await store.AssertNothingLostAsync(committed);
        output.WriteLine($"retries: {commands} commands x {copies} copies = {commands * copies} submissions by {commands / 10 * copies} writers; {commands} took effect, {answers.Count(a => a.AlreadyProcessed)} answered as already processed; {store.Appends} appends, {store.Conflicts} conflicts retried; {watch.ElapsedMilliseconds} ms");
    }

    private static CommandId NewCommandId() => CommandId.From(Guid.NewGuid());

    /// <summary>Sends a command until it is decided (committed or rejected), resending with the same command ID on conflicts.</summary>
    private static async Task<CommandOutcome<TEvent, TState>> UntilDecided<TCommand, TEvent, TState>(
        CommandHandler<TCommand, TEvent, TState> handler, StreamId stream, TCommand command, CommandId? commandId = null)
    {
        var id = commandId ?? NewCommandId();
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var outcome = await handler.HandleAsync(stream, id, new ActorId("S001"), command, TestContexts.Default);
            if (!outcome.IsConflict)
            {
                return outcome;
            }
        }

        throw new InvalidOperationException($"{command} was still in conflict after 10,000 attempts");
    }

    private static void AddCommitted<TEvent, TState>(ConcurrentBag<EventEnvelope<TEvent>> committed, CommandOutcome<TEvent, TState> outcome)
    {
        if (outcome.IsCommitted && !outcome.AsT0.AlreadyProcessed)
        {
            foreach (var e in outcome.AsT0.Events)
            {
                committed.Add(e);
            }
        }
    }
}
