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
    private readonly object gate = new();

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
        lock (gate)
        {
            IReadOnlyList<EventEnvelope<TEvent>> copy = streams.TryGetValue(stream, out var events) ? events.ToArray() : [];
            return ValueTask.FromResult(copy);
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
            }

            return ValueTask.FromResult(AppendResult.Appended(expectedVersion + events.Count));
        }
    }
}
