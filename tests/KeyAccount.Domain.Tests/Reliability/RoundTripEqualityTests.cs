using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Reliability;

/// <summary>
/// GEN-02 by value: every event of every catalogue of <see cref="AggregateCatalogue.All"/> is <c>Equals</c> to itself
/// after a JSON round trip and has the same hash code — lists included — and two states replayed from equal events
/// are equal. The events are the fuzz corpus's seed of every wire name (<c>fuzz/corpus/event-json</c>) and those of
/// the test kit's histories of each aggregate. The property draws kit histories and corpus seeds of each aggregate
/// and checks the same through <c>Equals</c> both ways and <c>GetHashCode</c>.
/// </summary>
[Trait("Rule", "GEN-02")]
public sealed class RoundTripEqualityTests
{
    private const int HistoriesPerAggregate = 30;

    /// <summary>Gets the name of every aggregate.</summary>
    public static TheoryData<string> Aggregates => new(AggregateCatalogue.All.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Every_event_is_equal_with_the_same_hash_code_after_a_JSON_round_trip_and_replays_to_an_equal_state(string name) =>
        Assert.True(AggregateCatalogue.Find(name)!.Accept(new Check()));

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Property_every_event_type_keeps_Equals_and_GetHashCode_through_JSON_and_replays_to_equal_states(string name) =>
        Assert.True(AggregateCatalogue.Find(name)!.Accept(new Property()));

    private static List<TEvent> Seeds<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum =>
        aggregate.WireNames.Select(wire =>
        {
            var read = aggregate.Serializer.Deserialize(File.ReadAllText(Path.Combine(DiagramFiles.RepositoryRoot(), "fuzz", "corpus", "event-json", wire + ".json")));
            Assert.True(read.IsT0, $"{wire}: {(read.IsT1 ? read.AsT1.ToString() : string.Empty)}");
            return read.AsT0.Event;
        }).ToList();

    private static void AssertEqualAfterRoundTrip<TEvent>(string aggregate, EventSerializer<TEvent> serializer, TEvent e)
        where TEvent : class
    {
        var back = EventRoundTrip.Of(serializer, e);
        Assert.True(e.Equals(back) && back.Equals(e), $"{aggregate}: {e.GetType().Name} is not equal after a round trip");
        Assert.Equal(e.GetHashCode(), back.GetHashCode());
    }

    private sealed class Property : IAggregateVisitor<bool>
    {
        bool IAggregateVisitor<bool>.Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
        {
            var decider = aggregate.Decider;
            var cases = from history in AggregateHistories.For(aggregate, TestContexts.Default)
                        from seed in Gen.Elements(Seeds(aggregate).ToArray())
                        select (history, seed);
            Prop.ForAll(cases.ToArbitrary(), c =>
            {
                foreach (var e in c.history.Events.Append(c.seed))
                {
                    AssertEqualAfterRoundTrip(aggregate.Name, aggregate.Serializer, e);
                }

                var once = c.history.Events.Aggregate(decider.Initial, decider.Evolve);
                var twice = c.history.Events.Aggregate(decider.Initial, decider.Evolve);
                Assert.Equal(once, twice);
                Assert.Equal(once.GetHashCode(), twice.GetHashCode());
            }).QuickCheckThrowOnFailure();
            return true;
        }
    }

    private sealed class Check : IAggregateVisitor<bool>
    {
        bool IAggregateVisitor<bool>.Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
        {
            var serializer = aggregate.Serializer;
            var seeds = Seeds(aggregate);
            var histories = AggregateHistories.For(aggregate, TestContexts.Default).Sample(30, new Rnd(20250305UL), HistoriesPerAggregate).ToList();
            var covered = new HashSet<Type>();
            foreach (var e in seeds.Concat(histories.SelectMany(h => h.Events)))
            {
                AssertEqualAfterRoundTrip(aggregate.Name, serializer, e);
                covered.Add(e.GetType());
            }

            Assert.Equal(aggregate.WireNames.Count, covered.Count);
            foreach (var history in histories)
            {
                var replayed = history.Events.Aggregate(aggregate.Decider.Initial, aggregate.Decider.Evolve);
                var again = history.Events.Select(e => EventRoundTrip.Of(serializer, e)).Aggregate(aggregate.Decider.Initial, aggregate.Decider.Evolve);
                Assert.Equal(history.State, replayed);
                Assert.Equal(replayed, again);
                Assert.Equal(replayed.GetHashCode(), again.GetHashCode());
            }

            return true;
        }
    }
}
