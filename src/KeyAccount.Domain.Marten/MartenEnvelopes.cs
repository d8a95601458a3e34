using System;
using System.Text.Json;
using JasperFx.Events;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Domain.Marten;

/// <summary>Reads a Marten event back as the package's <see cref="EventEnvelope{TEvent}"/>: the stream, the version and the envelope fields kept in the event's headers.</summary>
internal static class MartenEnvelopes
{
    /// <summary>Returns the envelope of a Marten event written by <see cref="MartenEventStore{TEvent}"/>.</summary>
    /// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
    /// <param name="e">The Marten event.</param>
    /// <returns>The envelope.</returns>
    /// <exception cref="InvalidOperationException">The event is not of the family, or lacks a header this package writes.</exception>
    internal static EventEnvelope<TEvent> ToEnvelope<TEvent>(IEvent e)
        where TEvent : class
    {
        if (e.Data is not TEvent data)
        {
            throw new InvalidOperationException($"Stream {e.StreamKey} holds a {e.EventTypeName} at version {e.Version}, not an event of {typeof(TEvent).Name}.");
        }

        return new EventEnvelope<TEvent>(
            new StreamId(e.StreamKey!),
            e.Version,
            new CommandId(Guid.Parse(Header(e, EventHeaders.CommandId))),
            new ActorId(Header(e, EventHeaders.Actor)),
            InstantPattern.ExtendedIso.Parse(Header(e, EventHeaders.RecordedAt)).Value,
            data);
    }

    private static string Header(IEvent e, string key) =>
        e.GetHeader(key) switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } j => j.GetString()!,
            DateTime d => InstantPattern.ExtendedIso.Format(Instant.FromDateTimeUtc(d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc))),
            DateTimeOffset d => InstantPattern.ExtendedIso.Format(Instant.FromDateTimeOffset(d)),
            null => throw new InvalidOperationException($"Event {e.Sequence} ({e.EventTypeName}) has no '{key}' header; it was not written by this package."),
            var other => other.ToString()!,
        };
}
