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
using KeyAccount.Domain.Tests.Support;
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
            GeneratedHistories.AcceptedAndReplayed(ContractRegisterDecider.Instance, history, Describe)
            && history.Events.Cast<ContractRegistered>().Select(e => e.SerialNumber).SequenceEqual(Enumerable.Range(1, history.Events.Count).Select(n => (long)n)));

    [Property(MaxTest = 100)]
    [Trait("Rule", "GEN-02")]
    [Trait("Rule", "CR-02")]
    [Trait("Rule", "CR-03")]
    public Property Generated_review_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(ContractReviewGenerators.Histories().ToArbitrary(), history =>
            GeneratedHistories.AcceptedAndReplayed(ContractReviewDecider.Instance, history, ReviewRuns.Describe));

    [Fact]
    [Trait("Rule", "CR-01")]
    public void Register_generators_cover_every_command_type_and_every_one_is_accepted_in_some_history() =>
        GeneratedHistories.AssertCoverage(ContractRegisterGenerators.Histories(), ContractRegisterGenerators.Commands);

    [Fact]
    [Trait("Rule", "GEN-05")]
    [Trait("Rule", "CR-04")]
    [Trait("Rule", "CR-05")]
    [Trait("Rule", "CR-06")]
    public void Review_generators_cover_every_command_type_and_every_one_is_accepted_in_some_history() =>
        GeneratedHistories.AssertCoverage(ContractReviewGenerators.Histories(), ContractReviewGenerators.Commands);

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Generated_review_histories_reach_every_state_of_the_table_and_both_routes_along_the_way()
    {
        // Every state passed through, not only the last one: a history rarely ends just after a rejection or approval.
        var states = GeneratedHistories.StatesAlong(ContractReviewDecider.Instance, ContractReviewGenerators.Histories(), 20250303UL, 300);

        Assert.Equal(Enum.GetValues<ContractReviewStatus>().Where(s => s != ContractReviewStatus.None).ToHashSet(), states.Where(s => s.IsOpened).Select(s => s.Status).ToHashSet());
        Assert.Equal(Enum.GetValues<ReviewRoute>().ToHashSet(), states.Where(s => s.Status == ContractReviewStatus.Approved).Select(s => s.Route).ToHashSet());
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "CR-02")]
    public Property Complete_requirements_are_complete_and_special_ones_are_never_blank() =>
        Prop.ForAll(ContractReviewGenerators.CompleteRequirements.ToArbitrary(), ContractReviewGenerators.Requirements.ToArbitrary(), (complete, any) =>
            complete.Product is not null && complete.Quantity > 0 && complete.LegalAndRegulatoryConfirmed
            && any.SpecialRequirements.All(r => !string.IsNullOrWhiteSpace(r)) && any.IsSpecial == (any.SpecialRequirements.Count > 0));
}
