using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using NodaTime;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>An event as stored: the event and where, when, why and by whom it was recorded (GEN-02, GEN-03).</summary>
/// <typeparam name="TEvent">The aggregate's event type.</typeparam>
/// <param name="Stream">The stream the event belongs to.</param>
/// <param name="Version">Its 1-based position in the stream; versions are contiguous.</param>
/// <param name="CommandId">The command that produced it (a retried command is recognised by this ID).</param>
/// <param name="Actor">Who issued the command.</param>
/// <param name="RecordedAt">When the decision was made (the decision context's time, not a clock read by the store).</param>
/// <param name="Event">The event.</param>
public sealed record EventEnvelope<TEvent>(StreamId Stream, long Version, CommandId CommandId, ActorId Actor, Instant RecordedAt, TEvent Event);
