using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>
/// The one shape, checked for every aggregate of <see cref="AggregateCatalogue.All"/>: generated histories replay
/// (GEN-02), the lifecycle table decides every status (GEN-05), an illegal move names one rule wherever it is found,
/// and the catalogue, the decider classes and the kit agree.
/// </summary>
public sealed class AggregateShapeTests
{
    private const int Histories = 60;

    /// <summary>Gets the name of every aggregate.</summary>
    public static TheoryData<string> Aggregates => new(AggregateCatalogue.All.Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Every_generated_history_replays_through_TryReplay_to_the_state_it_reached(string name) =>
        Definition(name).Accept(new Replays());

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void Dropping_or_swapping_events_where_the_table_forbids_the_sequence_is_GEN_02_at_that_event(string name) =>
        Definition(name).Accept(new Mutations());

    [Theory]
    [MemberData(nameof(Aggregates))]
    public void An_illegal_move_names_the_same_rule_from_the_decider_and_from_replay(string name) =>
        Definition(name).Accept(new IllegalMoves());

    [Fact]
    public void The_kit_generates_histories_of_every_aggregate_of_the_catalogue()
    {
        Assert.Empty(AggregateCatalogue.All.Where(a => !AggregateHistories.Covers(a)).Select(a => a.Name));
    }

    [Fact]
    public void Every_decider_of_the_package_is_the_decider_of_one_aggregate_of_the_catalogue()
    {
        var deciders = typeof(AggregateCatalogue).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && IsLifecycleDecider(t))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        var listed = AggregateCatalogue.All
            .Select(a => a.Accept(new DeciderType()).Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(deciders, listed);
        Assert.Equal(AggregateCatalogue.All.Count, AggregateCatalogue.All.Select(a => a.Name).Distinct().Count());
        Assert.Equal(AggregateCatalogue.All.Count, AggregateCatalogue.All.Select(a => a.StreamCategory).Distinct().Count());
    }

    [Fact]
    public void Every_decider_is_a_singleton_with_a_private_constructor()
    {
        foreach (var type in AggregateCatalogue.All.Select(a => a.Accept(new DeciderType())))
        {
            Assert.True(type.IsSealed, type.Name);
            Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
            Assert.NotNull(type.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static));
        }
    }

    [Fact]
    public void No_public_type_name_is_used_by_two_namespaces()
    {
        var clashes = typeof(AggregateCatalogue).Assembly.GetExportedTypes()
            .Where(t => !t.IsNested)
            .GroupBy(t => t.Name)
            .Where(g => g.Select(t => t.Namespace).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Namespace))}");
        Assert.Empty(clashes);
    }

    [Fact]
    public void Every_wire_name_belongs_to_one_aggregate()
    {
        var names = AggregateCatalogue.All.SelectMany(a => a.WireNames).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Same(AggregateCatalogue.All.Single(a => a.WireNames.Contains(n)), AggregateCatalogue.ForWireName(n)));
    }

    private static IAggregateDefinition Definition(string name) =>
        AggregateCatalogue.Find(name) ?? throw new ArgumentException($"No aggregate named {name}.", nameof(name));

    private static bool IsLifecycleDecider(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(LifecycleDecider<,,,,>))
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<History<TCommand, TEvent, TState>> Sample<TCommand, TEvent, TState, TStatus, TTrigger>(
        AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> aggregate)
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum
        where TTrigger : struct, Enum =>
        AggregateHistories.For(aggregate, TestContexts.Default).Sample(60, new Rnd(20250303UL), Histories).ToList();

    /// <summary>Walks the table over the triggers of a sequence of events: the index of the first event the table
    /// refuses and the rule it names, or null when the table allows the whole sequence.</summary>
    private static (int Index, RuleId Rule)? FirstRefused<TCommand, TEvent, TState, TStatus, TTrigger>(
        AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> aggregate, IReadOnlyList<TEvent> events)
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum
        where TTrigger : struct, Enum
    {
        var table = aggregate.Lifecycle;
        var status = table.Initial;
        for (var i = 0; i < events.Count; i++)
        {
            if (aggregate.TriggerOf(events[i]) is { } trigger)
            {
                if (table.Find(status, trigger) is not { } row)
                {
                    return (i, table.RuleFor(trigger));
                }

                status = row.To;
            }
            else if (EqualityComparer<TStatus>.Default.Equals(status, table.Initial))
            {
                return (i, table.IllegalMoveRule);
            }
        }

        return null;
    }

    /// <summary>Whether the table forbids some trigger the histories record from some status they reach, so that a
    /// check that finds no illegal move at all has missed something (a register whose only trigger loops on its one
    /// open status cannot make one).</summary>
    private static bool CanRefuse<TCommand, TEvent, TState, TStatus, TTrigger>(
        AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> aggregate, IEnumerable<History<TCommand, TEvent, TState>> histories)
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum
        where TTrigger : struct, Enum
    {
        var list = histories.ToList();
        var triggers = list.SelectMany(h => h.Events).Select(aggregate.TriggerOf).OfType<TTrigger>().Distinct().ToList();
        var reached = list.SelectMany(h => h.Events.Select((_, i) => aggregate.StatusOf(aggregate.Decider.Replay(h.Events.Take(i + 1)))))
            .Prepend(aggregate.Lifecycle.Initial).Distinct().ToList();
        return reached.Any(s => triggers.Any(t => !aggregate.Lifecycle.Allows(s, t)));
    }

    private sealed class DeciderType : ITriggeredAggregateVisitor<Type>
    {
        Type ITriggeredAggregateVisitor<Type>.Visit<TCommand, TEvent, TState, TStatus, TTrigger>(AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> aggregate) =>
            aggregate.Decider.GetType();
    }

    private sealed class Replays : ITriggeredAggregateVisitor<int>
    {
        int ITriggeredAggregateVisitor<int>.Visit<TCommand, TEvent, TState, TStatus, TTrigger>(AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> aggregate)
        {
            var histories = Sample(aggregate);
            Assert.Contains(histories, h => h.Events.Count > 0);
            foreach (var history in histories)
            {
                var replayed = aggregate.Decider.TryReplay(history.Events);
                Assert.True(replayed.IsT0, $"{aggregate.Name}: {(replayed.IsT1 ? replayed.AsT1.ToString() : string.Empty)}");
                Assert.Equal(aggregate.StatusOf(history.State), aggregate.StatusOf(replayed.AsT0));
                Assert.Equivalent(history.State, replayed.AsT0, strict: true);
                Assert.Null(FirstRefused(aggregate, history.Events));
            }

            return histories.Count;
        }
    }

    private sealed class Mutations : ITriggeredAggregateVisitor<int>
    {
        int ITriggeredAggregateVisitor<int>.Visit<TCommand, TEvent, TState, TStatus, TTrigger>(AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> aggregate)
        {
            var refusedByTable = 0;
            foreach (var events in Sample(aggregate).Select(h => h.Events).Where(e => e.Count > 1))
            {
                for (var i = 0; i < events.Count; i++)
                {
                    var dropped = events.Where((_, k) => k != i).ToList();
                    refusedByTable += Check(aggregate, dropped);
                    if (i + 1 < events.Count)
                    {
                        var swapped = events.ToList();
                        (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                        refusedByTable += Check(aggregate, swapped);
                    }
                }
            }

            if (CanRefuse(aggregate, Sample(aggregate).Where(h => h.Events.Count > 1)))
            {
                Assert.True(refusedByTable > 0, $"{aggregate.Name}: no dropped or swapped event was refused by the table");
            }

            return refusedByTable;
        }

        private static int Check<TCommand, TEvent, TState, TStatus, TTrigger>(AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> aggregate, IReadOnlyList<TEvent> events)
            where TCommand : class
            where TEvent : class
            where TState : class
            where TStatus : struct, Enum
            where TTrigger : struct, Enum
        {
            var replayed = aggregate.Decider.TryReplay(events);
            if (FirstRefused(aggregate, events) is not { } refused)
            {
                // The table allows the sequence: replay may still refuse an event whose data does not fit (GEN-02), or
                // a move of a lifecycle nested in the aggregate (an account's visits), but never an illegal move of
                // the aggregate's own table.
                Assert.True(
                    replayed.IsT0 || replayed.AsT1.IllegalMoveRule is null
                        || !replayed.AsT1.ToString().Contains($"the {aggregate.Lifecycle.Name} lifecycle", StringComparison.Ordinal),
                    $"{aggregate.Name}: {(replayed.IsT1 ? replayed.AsT1.ToString() : string.Empty)}");
                return 0;
            }

            Assert.True(replayed.IsT1, $"{aggregate.Name}: a sequence the table refuses at event {refused.Index + 1} replayed");
            var error = replayed.AsT1;
            Assert.Equal("GEN-02", error.RuleId.Value);
            Assert.InRange(error.Position, 1, refused.Index + 1);
            if (error.Position == refused.Index + 1)
            {
                Assert.Equal(refused.Rule, error.IllegalMoveRule);
                return 1;
            }

            return 0;
        }
    }

    private sealed class IllegalMoves : ITriggeredAggregateVisitor<int>
    {
        int ITriggeredAggregateVisitor<int>.Visit<TCommand, TEvent, TState, TStatus, TTrigger>(AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> aggregate)
        {
            var histories = Sample(aggregate);
            var events = histories.SelectMany(h => h.Events).GroupBy(e => e.GetType()).Select(g => g.First()).ToList();
            var commands = histories.SelectMany(h => h.Commands).GroupBy(c => c.GetType()).Select(g => g.First()).ToList();
            var checkedMoves = 0;
            foreach (var history in histories)
            {
                var state = aggregate.Decider.Initial;
                foreach (var next in history.Events.Append(null))
                {
                    var status = aggregate.StatusOf(state);
                    foreach (var e in events)
                    {
                        if (aggregate.TriggerOf(e) is { } trigger && !aggregate.Lifecycle.Allows(status, trigger))
                        {
                            var refused = aggregate.Decider.TryEvolve(state, e);
                            Assert.True(refused.IsT1, $"{aggregate.Name}: {e.GetType().Name} was applied from {status}");
                            Assert.Equal(aggregate.Lifecycle.RuleFor(trigger), refused.AsT1.IllegalMoveRule);
                            checkedMoves++;
                        }
                    }

                    foreach (var c in commands)
                    {
                        if (aggregate.Decider.TriggerOf(c, state) is { } trigger && !aggregate.Lifecycle.Allows(status, trigger))
                        {
                            var decision = aggregate.Decider.Decide(c, state, TestContexts.Default);
                            Assert.True(decision.IsRejected, $"{aggregate.Name}: {c.GetType().Name} was accepted from {status}");
                            Assert.Equal(aggregate.Lifecycle.RuleFor(trigger), decision.Error.RuleId);
                            checkedMoves++;
                        }
                    }

                    if (next is not null)
                    {
                        state = aggregate.Decider.Evolve(state, next);
                    }
                }
            }

            if (CanRefuse(aggregate, histories))
            {
                Assert.True(checkedMoves > 0, $"{aggregate.Name}: no illegal move was tried");
            }

            return checkedMoves;
        }
    }
}
