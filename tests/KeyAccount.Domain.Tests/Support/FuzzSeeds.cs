using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Serialization;
using NodaTime;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>
/// Keeps the seed corpus of the <c>event-json</c> fuzz target in step with the catalogues: one document per wire
/// name, <c>fuzz/corpus/event-json/{wire name}.json</c>, written from the first sample of that name. Set
/// <c>UPDATE_DIAGRAMS=1</c> and run the tests to rewrite them after adding or changing an event.
/// </summary>
internal static class FuzzSeeds
{
    private static readonly StreamId Stream = new("fuzz-seed-1");
    private static readonly CommandId Command = CommandId.From(Guid.Parse("00000001-0000-4000-8000-000000000001"));
    private static readonly ActorId Actor = new("E1001");
    private static readonly Instant RecordedAt = Instant.FromUtc(2025, 3, 3, 2, 0);

    public static void AssertInStep<TEvent>(EventSerializer<TEvent> serializer, IEnumerable<TEvent> samples)
        where TEvent : class
    {
        var folder = Path.Combine(DiagramFiles.RepositoryRoot(), "fuzz", "corpus", "event-json");
        foreach (var sample in samples.DistinctBy(serializer.Catalog.WireNameOf))
        {
            var document = serializer.Serialize(new EventEnvelope<TEvent>(Stream, 1, Command, Actor, RecordedAt, sample)) + "\n";
            DiagramFiles.AssertFile(Path.Combine(folder, serializer.Catalog.WireNameOf(sample) + ".json"), document);
        }
    }
}
