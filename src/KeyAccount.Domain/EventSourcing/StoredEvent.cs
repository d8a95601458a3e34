namespace KeyAccount.Domain.EventSourcing;

/// <summary>An event with its position in the whole store: 1, 2, 3… in the order the appends committed.</summary>
/// <typeparam name="TEvent">The event type.</typeparam>
/// <param name="Position">The global position; a reader that has seen it reads on after it.</param>
/// <param name="Envelope">The event as stored in its stream.</param>
public sealed record StoredEvent<TEvent>(long Position, EventEnvelope<TEvent> Envelope);
