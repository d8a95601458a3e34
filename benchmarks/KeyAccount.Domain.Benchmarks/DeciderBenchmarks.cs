using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Generators;

namespace KeyAccount.Domain.Benchmarks;

/// <summary>
/// What a host pays per command, for every aggregate of <see cref="AggregateCatalogue.All"/> the test kit generates
/// histories of: <c>Decide</c> and <c>Evolve</c> of the accepted commands of one generated history (fixed seed, the
/// longest of 30 samples, its first <see cref="Steps"/> steps after the first, each from the state before it), the "what next" query
/// (GEN-06) in those states, and the value equality of two equal states built separately (what a host's
/// idempotency check or a replay comparison pays). Per command (or per state, or per comparison).
/// </summary>
[MemoryDiagnoser]
public class DeciderBenchmarks
{
    /// <summary>The commands per invocation; a shorter history is cycled.</summary>
    public const int Steps = 8;

    private IDeciderRun run = null!;

    /// <summary>Gets the names of the aggregates measured.</summary>
    public static IEnumerable<string> Aggregates => AggregateCatalogue.All.Where(AggregateHistories.Covers).Select(a => a.Name);

    /// <summary>Gets or sets the aggregate.</summary>
    [ParamsSource(nameof(Aggregates))]
    public string Aggregate { get; set; } = "";

    [GlobalSetup]
    public void Setup() => run = AggregateCatalogue.Find(Aggregate)!.Accept(new Builder());

    [Benchmark(Baseline = true, OperationsPerInvoke = Steps)]
    public int DecideAndEvolve() => run.DecideAndEvolve();

    [Benchmark(OperationsPerInvoke = Steps)]
    public int WhatNext() => run.WhatNext();

    [Benchmark(OperationsPerInvoke = Steps)]
    public int EqualStates() => run.EqualStates();

    private interface IDeciderRun
    {
        int DecideAndEvolve();

        int WhatNext();

        int EqualStates();
    }

    private sealed class Builder : IAggregateVisitor<IDeciderRun>
    {
        public IDeciderRun Visit<TCommand, TEvent, TState, TStatus>(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate)
            where TCommand : class
            where TEvent : class
            where TState : class
            where TStatus : struct, Enum
        {
            var history = AggregateHistories.For(aggregate).Sample(60, new Rnd(20250303UL), 30)
                .Where(h => h.Commands.Count > 0).MaxBy(h => h.Commands.Count)
                ?? throw new InvalidOperationException($"No history of {aggregate.Name} with an accepted command.");
            return new Run<TCommand, TEvent, TState, TStatus>(aggregate, history);
        }
    }

    private sealed class Run<TCommand, TEvent, TState, TStatus> : IDeciderRun
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum
    {
        private readonly IDecider<TCommand, TEvent, TState> decider;
        private readonly (TCommand Command, DecisionContext Context, TState Before, TState Twin)[] steps = new (TCommand, DecisionContext, TState, TState)[Steps];
        private readonly TCommand[] historyCommands;

        public Run(AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate, History<TCommand, TEvent, TState> history)
        {
            decider = aggregate.Decider;
            historyCommands = [.. history.Commands];
            var all = new List<(TCommand, DecisionContext, TState, TState)>();
            TState state = decider.Initial, twin = decider.Initial;
            foreach (var (command, context) in history.Steps)
            {
                all.Add((command, context, state, twin));
                var events = decider.Decide(command, state, context).Events;
                foreach (var e in events)
                {
                    state = decider.Evolve(state, e);
                }

                // The same events folded again: an equal state, not the same object.
                foreach (var e in events)
                {
                    twin = decider.Evolve(twin, e);
                }
            }

            // From the second step when there is one: the initial state is one shared object, equal to itself by reference.
            var first = all.Count > 1 ? 1 : 0;
            for (var i = 0; i < Steps; i++)
            {
                steps[i] = all[first + (i % (all.Count - first))];
            }
        }

        public int DecideAndEvolve()
        {
            var n = 0;
            foreach (var (command, context, before, _) in steps)
            {
                var decision = decider.Decide(command, before, context);
                var state = before;
                foreach (var e in decision.Events)
                {
                    state = decider.Evolve(state, e);
                    n++;
                }
            }

            return n;
        }

        public int WhatNext()
        {
            var n = 0;
            foreach (var (_, context, before, _) in steps)
            {
                // The decider's own proposals; a decider that proposes none is asked about the history's commands.
                var candidates = decider is ICommandProposer<TCommand, TState> proposer ? proposer.ProposeCommands(before, context) : historyCommands;
                n += decider.WhatNext(before, context, candidates).Accepted.Count;
            }

            return n;
        }

        public int EqualStates()
        {
            var n = 0;
            foreach (var (_, _, before, twin) in steps)
            {
                n += before.Equals(twin) ? 1 : 0;
            }

            return n;
        }
    }
}
