using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.Accounts;
using KeyAccount.Domain.Tests.Accounts;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

public sealed class AccountsGeneratorTests
{
    private static readonly AccountDecider Decider = AccountDecider.Instance;

    private static IReadOnlyList<Type> CommandTypes { get; } = Support.CommandTypes.Of<AccountCommand>();

    [Property(MaxTest = 200)]
    [Trait("Rule", "GEN-02")]
    public Property Generated_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(KeyAccountGenerators.Histories().ToArbitrary(), history =>
        {
            var state = Decider.Initial;
            var events = new List<AccountEvent>();
            foreach (var (command, context) in history.Steps)
            {
                var decision = Decider.Decide(command, state, context);
                if (decision.IsRejected)
                {
                    return false.Label($"{command} rejected: {decision.Error}");
                }

                events.AddRange(decision.Events);
                state = decision.Events.Aggregate(state, Decider.Evolve);
            }

            var expected = PipelineProperties.Deep(history.State);
            return (events.Count == history.Events.Count
                && PipelineProperties.Deep(state) == expected
                && PipelineProperties.Deep(Decider.Replay(history.Events)) == expected).Label("replayed state differs");
        });

    [Fact]
    [Trait("Rule", "ACC-02")]
    public void Generated_histories_reach_every_stage()
    {
        // Every history starts from NotOpened (none is empty, so none ends there).
        var reached = KeyAccountGenerators.Histories().Sample(150, new Rnd(20250303UL), 600).Select(h => h.State.Stage).Append(AccountStage.NotOpened).ToHashSet();
        Assert.Equal(Enum.GetValues<AccountStage>().Order(), reached.Order());
    }

    [Fact]
    public void Candidate_commands_cover_every_command_type_in_the_states_histories_reach()
    {
        var states = KeyAccountGenerators.Histories().Sample(150, new Rnd(20250303UL), 100).Select(h => h.State).Prepend(Decider.Initial).ToList();
        var proposed = states.SelectMany(s => KeyAccountGenerators.Commands(s).Sample(50, new Rnd(20250303UL), 40)).Select(c => c.GetType()).ToHashSet();
        Assert.Equal(CommandTypes.Select(t => t.Name), CommandTypes.Where(proposed.Contains).Select(t => t.Name));
    }

    // Every command type can be accepted somewhere in the lifecycle, so every one must appear accepted in some history.
    [Fact]
    [Trait("Rule", "ACC-02")]
    [Trait("Rule", "VIS-01")]
    [Trait("Rule", "VIS-04")]
    public void Every_command_type_is_accepted_in_some_generated_history()
    {
        var accepted = KeyAccountGenerators.Histories().Sample(150, new Rnd(20250303UL), 200).SelectMany(h => h.Commands).Select(c => c.GetType()).ToHashSet();
        Assert.Equal(CommandTypes.Select(t => t.Name), CommandTypes.Where(accepted.Contains).Select(t => t.Name));
    }

    [Fact]
    public void Candidate_commands_include_some_the_decider_rejects_in_every_opened_stage()
    {
        var states = KeyAccountGenerators.Histories().Sample(150, new Rnd(20250303UL), 100).Select(h => h.State).Where(s => s.IsOpened).ToList();
        Assert.All(states.GroupBy(s => s.Stage), group =>
            Assert.Contains(group.SelectMany(s => KeyAccountGenerators.Commands(s).Sample(50, new Rnd(20250303UL), 30).Select(c => Decider.Decide(c, s, TestContexts.Default))), d => d.IsRejected));
    }

    [Property]
    [Trait("Rule", "VIS-02")]
    [Trait("Rule", "ACC-05")]
    [Trait("Rule", "ACC-10")]
    public Property Value_generators_produce_what_the_rules_accept() =>
        Prop.ForAll(
            KeyAccountGenerators.Gift.Zip(KeyAccountGenerators.PastDay).ToArbitrary(),
            KeyAccountGenerators.ValueAssessment.ToArbitrary(),
            KeyAccountGenerators.CompetitorAnalysis.ToArbitrary(),
            (giftAndDay, assessment, competitor) =>
                giftAndDay.Item1.Value <= GiftPolicy.Default.Ceiling && !giftAndDay.Item1.IsFestivalGift
                && assessment.WinProbabilityPercent is >= 0 and <= 100 && assessment.Obstacles.Count > 0 && assessment.ExpectedCost.Amount >= 0
                && competitor.Weaknesses.Count > 0
                && giftAndDay.Item2 <= TestContexts.Default.Today);
}
