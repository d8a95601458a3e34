using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>Checks that an event survives a JSON round trip unchanged (GEN-02).</summary>
internal static class EventRoundTrip
{
    private static readonly StreamId Stream = new("test-stream");
    private static readonly ActorId Actor = new("E001");

    /// <summary>Serialises an event in an envelope, reads it back and returns the event read (and asserts the text is stable).</summary>
    public static TEvent Of<TEvent>(EventSerializer<TEvent> serializer, TEvent @event)
        where TEvent : class
    {
        var envelope = new EventEnvelope<TEvent>(Stream, 1, CommandId.From(System.Guid.Parse("6f1e2a52-3f1d-4a8e-9a55-0b1b2f3c4d5e")), Actor, Instant.FromUtc(2025, 3, 3, 2, 0), @event);
        var json = serializer.Serialize(envelope);
        var read = serializer.Deserialize(json);
        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : "");
        Assert.Equal(json, serializer.Serialize(read.AsT0));
        return read.AsT0.Event;
    }
}
