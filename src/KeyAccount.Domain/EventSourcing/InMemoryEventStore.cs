using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>A thread-safe event store in memory, for tests, samples and single-process hosts.</summary>
/// <typeparam name="TEvent">The event type.</typeparam>
public sealed class InMemoryEventStore<TEvent> : IEventStore<TEvent>
{
    private readonly Dictionary<StreamId, List<EventEnvelope<TEvent>>> streams = [];
    private readonly List<StoredEvent<TEvent>> all = [];
    private readonly object gate = new();
    private readonly Func<CancellationToken, ValueTask>? afterRead;

    /// <summary>Creates an empty store that returns every read at once.</summary>
    public InMemoryEventStore()
        : this(InMemoryEventStoreOptions.Immediate)
    {
    }

    /// <summary>Creates an empty store.</summary>
    /// <param name="options">How it behaves between a read and an append (e.g. <see cref="InMemoryEventStoreOptions.Yielding"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public InMemoryEventStore(InMemoryEventStoreOptions options)
    {
        afterRead = Preconditions.CheckNotNull(options).AfterRead;
    }

    /// <summary>Gets the names of the streams that have events, in ordinal order.</summary>
    public IReadOnlyList<StreamId> Streams
    {
        get
        {
            lock (gate)
            {
                return streams.Keys.OrderBy(s => s.Value, StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<EventEnvelope<TEvent>>> ReadAsync(StreamId stream, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<EventEnvelope<TEvent>> copy;
        lock (gate)
        {
            copy = streams.TryGetValue(stream, out var events) ? events.ToArray() : [];
        }

        return afterRead is null ? ValueTask.FromResult(copy) : AfterReadAsync(copy, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredEvent<TEvent>>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(afterPosition >= 0, nameof(afterPosition), "The position must not be negative.");
        Preconditions.CheckArgument(maxCount > 0, nameof(maxCount), "The count must be positive.");
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var from = (int)Math.Min(afterPosition, all.Count);
            IReadOnlyList<StoredEvent<TEvent>> page = all.GetRange(from, Math.Min(maxCount, all.Count - from)).ToArray();
            return ValueTask.FromResult(page);
        }
    }

    /// <inheritdoc />
    public ValueTask<AppendResult> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<EventEnvelope<TEvent>> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var current = streams.TryGetValue(stream, out var existing) ? existing.Count : 0;
            if (current != expectedVersion)
            {
                return ValueTask.FromResult(AppendResult.Conflict(new ConcurrencyConflict(stream, expectedVersion, current)));
            }

            for (var i = 0; i < events.Count; i++)
            {
                Preconditions.CheckArgument(events[i].Stream == stream && events[i].Version == expectedVersion + i + 1, nameof(events), "Envelopes must belong to the stream and be numbered contiguously from the expected version.");
            }

            if (events.Count > 0)
            {
                if (existing is null)
                {
                    existing = [];
                    streams.Add(stream, existing);
                }

                existing.AddRange(events);
                foreach (var e in events)
                {
                    all.Add(new StoredEvent<TEvent>(all.Count + 1, e));
                }
            }

            return ValueTask.FromResult(AppendResult.Appended(expectedVersion + events.Count));
        }
    }

    private async ValueTask<IReadOnlyList<EventEnvelope<TEvent>>> AfterReadAsync(IReadOnlyList<EventEnvelope<TEvent>> copy, CancellationToken cancellationToken)
    {
        await afterRead!(cancellationToken).ConfigureAwait(false);
        return copy;
    }
}
