using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Processes;

/// <summary>Concurrent commands on a store that lets writers interleave really conflict, and the retry helper resolves them (GEN-03).</summary>
[Trait("Rule", "GEN-03")]
public sealed class RetryTests
{
    private static readonly StreamId Stream = SubscriptionAggregate.StreamOf(Subscription);

    private static RecordPayment Payment(int i) =>
        new(Specialist, RemittanceNoticeNumber.Parse($"{i + 1}"), Money.Cny(1_000m), PaymentMethod.Transfer, PaymentCollector.Developer, DeveloperAgent);

    private static async Task<InMemoryEventStore<SubscriptionEvent>> DraftedAsync(InMemoryEventStoreOptions options)
    {
        var store = new InMemoryEventStore<SubscriptionEvent>(options);
        var drafted = new CommandHandler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>(SubscriptionDecider.Instance, store);
        Assert.True((await drafted.HandleAsync(Stream, CommandId.From(Guid.NewGuid()), Specialist, ProcessSite.Draft(Subscription, Unit), TestContexts.Default)).IsCommitted);
        return store;
    }

    [Fact]
    public async Task Two_writers_that_read_the_same_version_conflict_and_the_retry_helper_commits_both()
    {
        // The hook lets every read wait until both writers have read: both decide on version 1.
        var bothRead = new Barrier(0);
        var options = new InMemoryEventStoreOptions(_ => bothRead.ParticipantCount == 0 ? ValueTask.CompletedTask : new ValueTask(Task.Run(() => bothRead.SignalAndWait(TimeSpan.FromSeconds(10)))));
        var store = await DraftedAsync(InMemoryEventStoreOptions.Immediate);
        var racing = new InMemoryEventStore<SubscriptionEvent>(options);
        await racing.AppendAsync(Stream, 0, await store.ReadAsync(Stream));
        var handler = new CommandHandler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>(SubscriptionDecider.Instance, racing);

        bothRead.AddParticipants(2);
        var plain = await Task.WhenAll(Enumerable.Range(1, 2).Select(i => Task.Run(async () =>
            await handler.HandleAsync(Stream, CommandId.From(Guid.NewGuid()), Specialist, Payment(i), TestContexts.Default))));
        Assert.Single(plain, o => o.IsConflict);
        Assert.Single(plain, o => o.IsCommitted);

        bothRead.RemoveParticipants(2);
        var retried = await handler.HandleWithRetryAsync(Stream, CommandId.From(Guid.NewGuid()), Specialist, Payment(3), TestContexts.Default);
        Assert.True(retried.IsCommitted);
    }

    [Fact]
    public async Task Many_writers_on_the_yielding_store_all_take_effect_once_through_the_retry_helper()
    {
        var store = await DraftedAsync(InMemoryEventStoreOptions.Yielding);
        var handler = new CommandHandler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>(SubscriptionDecider.Instance, store);
        var conflicts = 0;
        var policy = RetryPolicy.Default with { MaxAttempts = 100, Delay = async (_, _) => { Interlocked.Increment(ref conflicts); await Task.Yield(); } };
        var ids = Enumerable.Range(1, 12).Select(_ => CommandId.From(Guid.NewGuid())).ToArray();

        // Every payment is sent twice, by two writers, with the same command ID.
        var outcomes = await Task.WhenAll(ids.Concat(ids).Select((id, i) => Task.Run(async () =>
            await handler.HandleWithRetryAsync(Stream, id, Specialist, Payment(Array.IndexOf(ids, id)), TestContexts.Default, policy))));

        Assert.All(outcomes, o => Assert.True(o.IsCommitted));
        var history = await store.ReadAsync(Stream);
        Assert.Equal(ids.Select(i => i.Value).Order(), history.Skip(1).Select(e => e.CommandId.Value).Order());
        Assert.Equal(Enumerable.Range(1, history.Count).Select(v => (long)v), history.Select(e => e.Version));
    }

    [Fact]
    public async Task The_helper_gives_up_after_the_policys_attempts_with_the_conflict_and_waits_doubling_up_to_the_cap()
    {
        var store = new AlwaysConflicting();
        var handler = new CommandHandler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>(SubscriptionDecider.Instance, store);
        var waits = new List<TimeSpan>();
        var policy = new RetryPolicy(5, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(25)) { Delay = (d, _) => { waits.Add(d); return Task.CompletedTask; } };

        var outcome = await handler.HandleWithRetryAsync(Stream, CommandId.From(Guid.NewGuid()), Specialist, ProcessSite.Draft(Subscription, Unit), TestContexts.Default, policy);

        Assert.True(outcome.IsConflict);
        Assert.Equal(5, store.Appends);
        Assert.Equal([10, 20, 25, 25], waits.Select(w => w.TotalMilliseconds));
    }

    /// <summary>A test double whose every append loses a race.</summary>
    private sealed class AlwaysConflicting : IEventStore<SubscriptionEvent>
    {
        public int Appends { get; private set; }

        public ValueTask<IReadOnlyList<EventEnvelope<SubscriptionEvent>>> ReadAsync(StreamId stream, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<EventEnvelope<SubscriptionEvent>>>([]);

        public ValueTask<IReadOnlyList<StoredEvent<SubscriptionEvent>>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<StoredEvent<SubscriptionEvent>>>([]);

        public ValueTask<AppendResult> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<EventEnvelope<SubscriptionEvent>> events, CancellationToken cancellationToken = default)
        {
            Appends++;
            return ValueTask.FromResult(AppendResult.Conflict(new ConcurrencyConflict(stream, expectedVersion, expectedVersion + 1)));
        }
    }
}
