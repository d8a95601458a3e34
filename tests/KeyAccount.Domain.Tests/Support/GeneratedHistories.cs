using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Generators;
using Xunit;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>What the generator tests of every family check of the kit's histories: the states they pass through,
/// that each is accepted command by command and replays, and that they reach every command type.</summary>
internal static class GeneratedHistories
{
    // Every state a sample of histories passes through, each history folded once event by event.
    internal static List<TState> StatesAlong<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, Gen<History<TCommand, TEvent, TState>> histories, ulong seed, int count, int size = 80) =>
        histories.Sample(size, new Rnd(seed), count).SelectMany(h =>
        {
            var state = decider.Initial;
            return h.Events.Select(e => state = decider.Evolve(state, e)).ToList();
        }).ToList();

    // Each command is decided again in the context the history recorded for it (the register a review's opening relies on).
    internal static bool AcceptedAndReplayed<TCommand, TEvent, TState>(
        IDecider<TCommand, TEvent, TState> decider, History<TCommand, TEvent, TState> history, Func<TState, string> describe)
    {
        var state = decider.Initial;
        foreach (var (command, context) in history.Steps)
        {
            if (decider.Decide(command, state, context).IsRejected)
            {
                return false;
            }

            (_, state) = decider.Apply(command, state, context);
        }

        var expected = describe(history.State);
        return describe(state) == expected && describe(decider.Replay(history.Events)) == expected;
    }

    /// <summary>
    /// Asserts that the candidates of reached states name every concrete command type of the aggregate, and that every
    /// one of them is accepted in some generated history; no command type is exempted.
    /// </summary>
    internal static void AssertCoverage<TCommand, TEvent, TState>(Gen<History<TCommand, TEvent, TState>> histories, Func<TState, Gen<TCommand>> commands)
    {
        var all = CommandTypes.Of<TCommand>().ToHashSet();
        var sample = histories.Sample(80, new Rnd(20250303UL), 300);

        var accepted = sample.SelectMany(h => h.Commands).Select(c => c!.GetType()).ToHashSet();
        // Every command of a history was proposed in the state it was decided in; the final states add the rest.
        var proposed = new HashSet<Type>(accepted);
        foreach (var history in sample)
        {
            proposed.UnionWith(commands(history.State).Sample(10, new Rnd(20250303UL), 20).Select(c => c!.GetType()));
        }

        Assert.NotEmpty(all);
        Assert.Equal(all.OrderBy(t => t.Name), proposed.OrderBy(t => t.Name));
        Assert.Equal(all.OrderBy(t => t.Name), accepted.OrderBy(t => t.Name));
    }
}
