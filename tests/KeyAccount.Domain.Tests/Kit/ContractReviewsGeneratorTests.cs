using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.ContractReviews;
using KeyAccount.Domain.Tests.ContractReviews;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

public sealed class ContractReviewsGeneratorTests
{
    private static string Describe(ContractRegisterState s) =>
        $"{s.LastSerialNumber}|{string.Join(",", s.SerialNumbers.OrderBy(p => p.Value).Select(p => $"{p.Key}:{p.Value}"))}";

    [Property(MaxTest = 100)]
    [Trait("Rule", "CR-01")]
    public Property Generated_register_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(ContractRegisterGenerators.Histories().ToArbitrary(), history =>
            AcceptedAndReplayed(ContractRegisterDecider.Instance, history, Describe)
            && history.Events.Cast<ContractRegistered>().Select(e => e.SerialNumber).SequenceEqual(Enumerable.Range(1, history.Events.Count).Select(n => (long)n)));

    [Property(MaxTest = 100)]
    [Trait("Rule", "GEN-02")]
    [Trait("Rule", "CR-02")]
    [Trait("Rule", "CR-03")]
    public Property Generated_review_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(ContractReviewGenerators.Histories().ToArbitrary(), history =>
            AcceptedAndReplayed(ContractReviewDecider.Instance, history, ReviewRuns.Describe));

    [Fact]
    [Trait("Rule", "CR-01")]
    public void Register_generators_cover_every_command_type_and_every_one_is_accepted_in_some_history() =>
        AssertCoverage(ContractRegisterGenerators.Histories(), ContractRegisterGenerators.Commands);

    [Fact]
    [Trait("Rule", "GEN-05")]
    [Trait("Rule", "CR-04")]
    [Trait("Rule", "CR-05")]
    [Trait("Rule", "CR-06")]
    public void Review_generators_cover_every_command_type_and_every_one_is_accepted_in_some_history() =>
        AssertCoverage(ContractReviewGenerators.Histories(), ContractReviewGenerators.Commands);

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Generated_review_histories_reach_every_state_of_the_table_and_both_routes_along_the_way()
    {
        // Every state passed through, not only the last one: a history rarely ends just after a rejection or approval.
        var states = StatesAlong(ContractReviewDecider.Instance, ContractReviewGenerators.Histories(), 20250303UL, 300);

        Assert.Equal(Enum.GetValues<ContractReviewStatus>().Where(s => s != ContractReviewStatus.None).ToHashSet(), states.Where(s => s.IsOpened).Select(s => s.Status).ToHashSet());
        Assert.Equal(Enum.GetValues<ReviewRoute>().ToHashSet(), states.Where(s => s.Status == ContractReviewStatus.Approved).Select(s => s.Route).ToHashSet());
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "CR-02")]
    public Property Complete_requirements_are_complete_and_special_ones_are_never_blank() =>
        Prop.ForAll(ContractReviewGenerators.CompleteRequirements.ToArbitrary(), ContractReviewGenerators.Requirements.ToArbitrary(), (complete, any) =>
            complete.Product is not null && complete.Quantity > 0 && complete.LegalAndRegulatoryConfirmed
            && any.SpecialRequirements.All(r => !string.IsNullOrWhiteSpace(r)) && any.IsSpecial == (any.SpecialRequirements.Count > 0));

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
    /// one of them is accepted in some generated history. No command type of the contract register, the contract
    /// review, the complaint or the survey is out of reach, so none is exempted.
    /// </summary>
    internal static void AssertCoverage<TCommand, TEvent, TState>(Gen<History<TCommand, TEvent, TState>> histories, Func<TState, Gen<TCommand>> commands)
    {
        var all = Support.CommandTypes.Of<TCommand>().ToHashSet();
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
