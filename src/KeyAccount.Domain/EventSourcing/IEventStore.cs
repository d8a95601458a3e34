using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>
/// The storage a host provides for event streams. Implementations must append atomically: all events of one call or
/// none, and only when the stream is still at the expected version.
/// </summary>
/// <typeparam name="TEvent">The event type.</typeparam>
public interface IEventStore<TEvent>
{
    /// <summary>Reads a whole stream, oldest first; an unknown stream is empty.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The envelopes.</returns>
    ValueTask<IReadOnlyList<EventEnvelope<TEvent>>> ReadAsync(StreamId stream, CancellationToken cancellationToken = default);

    /// <summary>Appends events if the stream is at <paramref name="expectedVersion"/> (0 for a new stream).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="expectedVersion">The version the writer read.</param>
    /// <param name="events">The envelopes to append, numbered from <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>The new version, or the conflict; never a partial append.</returns>
    ValueTask<AppendResult> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<EventEnvelope<TEvent>> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the events of every stream after a global position, in the order their appends committed, so that a
    /// process runner can read on from its checkpoint. Positions start at 1 and never change; the events of one
    /// append are consecutive.
    /// </summary>
    /// <param name="afterPosition">The last position already read (0 to read from the start).</param>
    /// <param name="maxCount">The most events to return; positive.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events after the position, oldest first; empty when there are none.</returns>
    ValueTask<IReadOnlyList<StoredEvent<TEvent>>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default);
}
