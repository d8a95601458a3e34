using System;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace KeyAccount.Domain.Tests.Reliability;

/// <summary>
/// GEN-02 for the event catalogue of every aggregate of <see cref="AggregateCatalogue.All"/>: the hostile corpus
/// (<see cref="HostileEventCorpus"/>) is derived from one sample of every wire name — the seed documents of the
/// <c>event-json</c> fuzz target, <c>fuzz/corpus/event-json/{wire name}.json</c> — and every document of it gives a
/// typed <see cref="MalformedEvent"/> or a whole event, never an exception. The seeds themselves are the wire form on
/// record: each must read back and write out byte for byte. The number of documents tried is written to the test output.
/// </summary>
[Trait("Rule", "GEN-02")]
public sealed class HostileEventsEveryCatalogueTests(ITestOutputHelper output)
{
    private static readonly string Seeds = Path.Combine(DiagramFiles.RepositoryRoot(), "fuzz", "corpus", "event-json");

    /// <summary>Gets the name of every aggregate.</summary>
    public static TheoryData<string> Aggregates => new(AggregateCatalogue.All.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Every_aggregates_events_withstand_the_hostile_corpus(string name) =>
        output.WriteLine(AggregateCatalogue.Find(name)!.Accept(new Check()));

    [Fact]
    public void The_seed_corpus_holds_one_document_per_wire_name_of_the_catalogue_and_nothing_else()
    {
        var expected = AggregateCatalogue.All.SelectMany(a => a.WireNames).Select(w => w + ".json").Order(StringComparer.Ordinal);
        var present = Directory.GetFiles(Seeds).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, present);
    }

    private sealed class Check : IAggregateVisitor<string>
    {
        string IAggregateVisitor<string>.Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
        {
            var serializer = aggregate.Serializer;
            var samples = aggregate.WireNames.Select(wire =>
            {
                var path = Path.Combine(Seeds, wire + ".json");
                Assert.True(File.Exists(path), $"{wire} has no seed document: write one example envelope to {path}");
                var document = File.ReadAllText(path);
                var read = serializer.Deserialize(document);
                Assert.True(read.IsT0, $"{path}: {(read.IsT1 ? read.AsT1.ToString() : string.Empty)}");
                Assert.Equal(wire, aggregate.Events.WireNameOf(read.AsT0.Event));
                Assert.Equal(document, serializer.Serialize(read.AsT0) + "\n");
                return read.AsT0.Event;
            }).ToList();

            var documents = HostileEventCorpus.AssertAllHandled(serializer, samples);

            // Every sample yields at least the envelope-level variants (type, data, version, stream, nesting, truncations).
            Assert.True(documents >= samples.Count * 16, $"only {documents} documents were tried for {samples.Count} samples");
            return $"{aggregate.Name}: {aggregate.WireNames.Count} wire names, {documents} documents";
        }
    }
}
