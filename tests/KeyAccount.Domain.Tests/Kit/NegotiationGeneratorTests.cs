using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.Negotiations;
using KeyAccount.Domain.Tests.Negotiations;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

public sealed class NegotiationGeneratorTests
{
    private static readonly NegotiationPlanDecider Decider = NegotiationPlanDecider.Instance;

    private static readonly IReadOnlyList<Type> CommandTypes = Support.CommandTypes.Of<NegotiationCommand>();

    // Large and many enough that plans are drafted, prepared, negotiated, signed and closed, and some suspended or abandoned.
    private static readonly Lazy<History<NegotiationCommand, NegotiationEvent, NegotiationPlan>[]> Sample =
        new(() => NegotiationPlanGenerators.Histories().Sample(150, new Rnd(20250303UL), 120));

    [Property(MaxTest = 200)]
    [Trait("Rule", "GEN-02")]
    public Property Generated_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(NegotiationPlanGenerators.Histories().ToArbitrary(), history =>
        {
            var state = Decider.Initial;
            var events = new List<NegotiationEvent>();
            foreach (var (command, context) in history.Steps)
            {
                var (decision, next) = Decider.Apply(command, state, context);
                if (decision.IsRejected)
                {
                    return false.Label($"{command} was rejected: {decision.Error}");
                }

                events.AddRange(decision.Events);
                state = next;
            }

            var expected = StateJson.Of(history.State);
            return (StateJson.Of(state) == expected
                    && StateJson.Of(Decider.Replay(history.Events)) == expected
                    && events.Select(StateJson.Of).SequenceEqual(history.Events.Select(StateJson.Of)))
                .Label(history.ToString());
        });

    [Fact]
    public void The_command_types_of_the_plan_are_found_by_reflection()
    {
        Assert.Equal(38, CommandTypes.Count);
    }

    [Fact]
    public void Candidate_commands_for_the_plans_reached_cover_every_command_type()
    {
        var states = Sample.Value.Select(h => h.State).Prepend(NegotiationPlan.Empty).ToList();
        var proposed = states
            .SelectMany((state, i) => NegotiationPlanGenerators.Commands(state).Sample(10, new Rnd(20250303UL + (ulong)i), 20))
            .Select(c => c.GetType())
            .ToHashSet();

        Assert.Empty(CommandTypes.Where(t => !proposed.Contains(t)).Select(t => t.Name));
    }

    // Every command type is accepted somewhere in the lifecycle, so every one must appear in some generated history:
    // DraftPlan first, ReviseBottomLine while bargaining (or suspended from it), RecordOutcome once signed, and so on.
    [Fact]
    [Trait("Rule", "NEG-01")]
    [Trait("Rule", "NEG-05")]
    [Trait("Rule", "NEG-11")]
    public void Generated_histories_accept_every_command_type()
    {
        var accepted = Sample.Value.SelectMany(h => h.Commands).Select(c => c.GetType()).ToHashSet();

        Assert.Empty(CommandTypes.Where(t => !accepted.Contains(t)).Select(t => t.Name));
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Generated_histories_reach_every_phase()
    {
        var reached = Sample.Value.Where(h => h.State.IsDrafted)
            .SelectMany(h => h.Events.OfType<PhaseChanged>().Select(p => p.To).Prepend(NegotiationPhase.Preparation))
            .ToHashSet();

        Assert.Equal(Enum.GetValues<NegotiationPhase>().Where(p => p != NegotiationPhase.None).ToHashSet(), reached);
    }

    [Fact]
    [Trait("Rule", "NEG-05")]
    public void Generated_histories_revise_bottom_lines_while_bargaining()
    {
        var phases = new HashSet<NegotiationPhase>();
        foreach (var history in Sample.Value)
        {
            var state = Decider.Initial;
            foreach (var (command, context) in history.Steps)
            {
                if (command is ReviseBottomLine)
                {
                    phases.Add(state.Phase);
                }

                (_, state) = Decider.Apply(command, state, context);
            }
        }

        Assert.Contains(NegotiationPhase.Bargaining, phases);
    }

    [Property]
    [Trait("Rule", "NEG-02")]
    [Trait("Rule", "NEG-03")]
    public Property Value_generators_make_values_the_decider_accepts() =>
        Prop.ForAll(
            (from topics in NegotiationPlanGenerators.Topics
             from objective in NegotiationPlanGenerators.ObjectiveOn(topics)
             from counterpart in NegotiationPlanGenerators.Counterpart
             select (topics, objective, counterpart)).ToArbitrary(),
            v =>
            {
                var drafted = Decider.Apply(new DraftPlan(NegotiationPlanId.From(Guid.Empty), default, "theme", v.topics), Decider.Initial, TestContexts.Default).State;
                return drafted.IsDrafted
                    && Decider.Decide(new SetObjective(v.objective), drafted, TestContexts.Default).IsAccepted
                    && Decider.Decide(new RecordCounterpart(v.counterpart), drafted, TestContexts.Default).IsAccepted
                    && !v.counterpart.Requirements.IsEmpty && !v.counterpart.Delegates.IsEmpty && v.counterpart.Position.Length > 0;
            });
}
