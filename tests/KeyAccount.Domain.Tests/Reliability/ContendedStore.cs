using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using Xunit;

namespace KeyAccount.Domain.Tests.Reliability;

/// <summary>
/// Wraps the in-memory store: yields the thread between a read and the append that follows it, so that writers on
/// the same stream overlap more often, and counts appends and refused appends.
/// </summary>
internal sealed class ContendedStore<TEvent>(InMemoryEventStore<TEvent> inner) : IEventStore<TEvent>
{
    private int appends;
    private int conflicts;

    public InMemoryEventStore<TEvent> Inner => inner;

    public int Appends => Volatile.Read(ref appends);

    public int Conflicts => Volatile.Read(ref conflicts);

    public async ValueTask<IReadOnlyList<EventEnvelope<TEvent>>> ReadAsync(StreamId stream, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(stream, cancellationToken);
        Thread.Yield();
        return read;
    }

    public ValueTask<IReadOnlyList<StoredEvent<TEvent>>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

    public async ValueTask<AppendResult> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<EventEnvelope<TEvent>> events, CancellationToken cancellationToken = default)
    {
        var result = await inner.AppendAsync(stream, expectedVersion, events, cancellationToken);
        Interlocked.Increment(ref appends);
        if (!result.Succeeded)
        {
            Interlocked.Increment(ref conflicts);
        }

        return result;
    }

    /// <summary>
    /// Checks what every stress run must leave behind: each stream numbered 1, 2, 3… without a gap, and every event a
    /// handler reported as committed present in the store at its version, with its command ID.
    /// </summary>
    public async Task AssertNothingLostAsync(IEnumerable<EventEnvelope<TEvent>> committed)
    {
        var all = new Dictionary<StreamId, IReadOnlyList<EventEnvelope<TEvent>>>();
        foreach (var stream in inner.Streams)
        {
            var events = await inner.ReadAsync(stream);
            Assert.Equal(Enumerable.Range(1, events.Count).Select(v => (long)v), events.Select(e => e.Version));
            all[stream] = events;
        }

        var count = 0;
        foreach (var envelope in committed)
        {
            count++;
            Assert.True(all.TryGetValue(envelope.Stream, out var events), $"{envelope.Stream} is missing from the store");
            Assert.True(envelope.Version <= events!.Count, $"{envelope.Stream} v{envelope.Version} is missing from the store");
            Assert.Equal(envelope, events[(int)envelope.Version - 1]);
        }

        Assert.Equal(all.Values.Sum(e => e.Count), count);
    }

    /// <summary>Starts <paramref name="workers"/> writers on dedicated threads that wait at a barrier to begin together.</summary>
    public static async Task RunTogether(int workers, Func<int, Task> work)
    {
        using var barrier = new Barrier(workers);
        var tasks = Enumerable.Range(0, workers)
            .Select(w => Task.Factory.StartNew(
                async () =>
                {
                    Assert.True(barrier.SignalAndWait(TimeSpan.FromSeconds(30)), "the writers did not all start");
                    await work(w);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).Unwrap())
            .ToArray();
        await Task.WhenAll(tasks);
    }
}
