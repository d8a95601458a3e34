using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.ContractReviews;

/// <summary>
/// CR-01 under concurrency: registrations from several writers at once, through <see cref="CommandHandler{TCommand, TEvent, TState}"/>
/// and the in-memory store, retried on <see cref="ConcurrencyConflict"/> with the same command ID.
/// </summary>
[Trait("Rule", "CR-01")]
public sealed class ContractRegisterConcurrencyProperties
{
    /// <summary>Delays each read by a generated amount so that writers interleave differently from run to run.</summary>
    private sealed class InterleavingStore(InMemoryEventStore<ContractRegisterEvent> inner, int[] delays) : IEventStore<ContractRegisterEvent>
    {
        private int reads;

        public int Conflicts;

        public async ValueTask<IReadOnlyList<EventEnvelope<ContractRegisterEvent>>> ReadAsync(StreamId stream, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(stream, cancellationToken);
            var delay = delays[Interlocked.Increment(ref reads) % delays.Length];
            if (delay == 0)
            {
                await Task.Yield();
            }
            else
            {
                await Task.Delay(delay, cancellationToken);
            }

            return read;
        }

        public ValueTask<IReadOnlyList<StoredEvent<ContractRegisterEvent>>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

        public async ValueTask<AppendResult> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<EventEnvelope<ContractRegisterEvent>> events, CancellationToken cancellationToken = default)
        {
            var result = await inner.AppendAsync(stream, expectedVersion, events, cancellationToken);
            if (!result.Succeeded)
            {
                Interlocked.Increment(ref Conflicts);
            }

            return result;
        }
    }

    private static readonly Gen<(int[] PerWriter, int[] Delays)> Scenario =
        from writers in Gen.Choose(2, 5)
        from perWriter in Gen.Choose(1, 6).ArrayOf(writers)
        from delays in Gen.Choose(0, 2).ArrayOf(7)
        select (perWriter, delays);

    [Property(MaxTest = 25)]
    public Property Serial_numbers_stay_gap_free_and_unique_under_any_interleaving_of_registrations() =>
        Prop.ForAll(Arb.From(Scenario), scenario =>
        {
            var store = new InterleavingStore(new InMemoryEventStore<ContractRegisterEvent>(), scenario.Delays);
            var handler = new CommandHandler<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState>(ContractRegisterDecider.Instance, store);
            var stream = ContractRegisterAggregate.StreamOf(ReviewSteps.Register);

            async Task Writer(int writer, int count)
            {
                for (var i = 0; i < count; i++)
                {
                    var review = ContractReviewId.From(new Guid(writer, (short)i, 0, new byte[8]));
                    var command = new RegisterContract(review, ReviewSteps.Account, $"PO-{writer}-{i}");
                    var commandId = CommandId.From(Guid.NewGuid());
                    while (true)
                    {
                        var outcome = await handler.HandleAsync(stream, commandId, new ActorId($"S{writer:00}"), command, TestContexts.Default);
                        if (!outcome.IsConflict)
                        {
                            if (!outcome.IsCommitted)
                            {
                                throw new InvalidOperationException($"Registration was refused: {outcome}");
                            }

                            break;
                        }
                    }
                }
            }

            Task.WhenAll(scenario.PerWriter.Select((count, writer) => Task.Run(() => Writer(writer, count)))).GetAwaiter().GetResult();

            var registered = store.ReadAsync(stream).AsTask().GetAwaiter().GetResult().Select(e => (ContractRegistered)e.Event).ToList();
            var total = scenario.PerWriter.Sum();
            return (registered.Select(r => r.SerialNumber).SequenceEqual(Enumerable.Range(1, total).Select(n => (long)n))
                    && registered.Select(r => r.Review).Distinct().Count() == total)
                .Label($"{total} registrations, {store.Conflicts} conflicts retried: {string.Join(",", registered.Select(r => r.SerialNumber))}");
        });

    /// <summary>Holds the first two reads until both have happened, so that both writers decide on the same version.</summary>
    private sealed class RaceStore(InMemoryEventStore<ContractRegisterEvent> inner) : IEventStore<ContractRegisterEvent>
    {
        private readonly TaskCompletionSource bothRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int reads;

        public int Conflicts;

        public async ValueTask<IReadOnlyList<EventEnvelope<ContractRegisterEvent>>> ReadAsync(StreamId stream, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(stream, cancellationToken);
            var n = Interlocked.Increment(ref reads);
            if (n == 2)
            {
                bothRead.SetResult();
            }

            if (n <= 2)
            {
                await bothRead.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            }

            return read;
        }

        public ValueTask<IReadOnlyList<StoredEvent<ContractRegisterEvent>>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) =>
            inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

        public async ValueTask<AppendResult> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<EventEnvelope<ContractRegisterEvent>> events, CancellationToken cancellationToken = default)
        {
            var result = await inner.AppendAsync(stream, expectedVersion, events, cancellationToken);
            if (!result.Succeeded)
            {
                Interlocked.Increment(ref Conflicts);
            }

            return result;
        }
    }

    [Fact]
    public async Task A_registration_that_loses_a_race_is_refused_as_a_conflict_and_its_retry_takes_the_next_number()
    {
        var store = new RaceStore(new InMemoryEventStore<ContractRegisterEvent>());
        var handler = new CommandHandler<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState>(ContractRegisterDecider.Instance, store);
        var stream = ContractRegisterAggregate.StreamOf(ReviewSteps.Register);

        async Task<long> Register(int n)
        {
            var commandId = CommandId.From(Guid.NewGuid());
            var command = new RegisterContract(ContractReviewId.From(new Guid(n, 0, 0, new byte[8])), ReviewSteps.Account, $"PO-{n}");
            while (true)
            {
                var outcome = await handler.HandleAsync(stream, commandId, new ActorId("S001"), command, TestContexts.Default);
                if (outcome.IsCommitted)
                {
                    return ((ContractRegistered)outcome.AsT0.Events[0].Event).SerialNumber;
                }

                Assert.True(outcome.IsConflict);
            }
        }

        var numbers = await Task.WhenAll(Task.Run(() => Register(1)), Task.Run(() => Register(2)));

        Assert.Equal(1, store.Conflicts);
        Assert.Equal([1L, 2L], numbers.Order().ToArray());
    }
}
