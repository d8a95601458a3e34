using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

[Trait("Rule", "GEN-06")]
public sealed class WhatNextTests
{
    private static readonly AccountDecider Decider = AccountDecider.Instance;

    private static NextSteps<AccountCommand> Ask(AccountScenario s) => Decider.WhatNext(s.State, s.Context, Decider.ProposeCommands(s.State, s.Context));

    [Fact]
    public void A_new_account_can_be_terminated_but_not_advanced_and_says_why()
    {
        var next = Ask(Opened());

        Assert.IsType<TerminateAccount>(Assert.Single(next.Accepted));
        var blocked = Assert.Single(next.Blocked);
        Assert.Equal(new AdvanceStage(AccountStage.SamplesAndIntelligence), blocked.Command);
        Assert.Equal(
            ["account.company_profile_missing", "account.demand_assessment_missing"],
            Assert.IsType<RequirementsMissing>(blocked.Reason).Missing.Select(m => m.Code));
        Assert.Equal(["ACC-03"], next.BlockingRules.Select(r => r.Value));
    }

    [Fact]
    public void Once_the_gate_is_met_advancing_is_accepted()
    {
        var next = Ask(Opened().Given(TargetingDone));

        Assert.Contains(new AdvanceStage(AccountStage.SamplesAndIntelligence), next.Accepted);
        Assert.Empty(next.Blocked);
    }

    [Fact]
    public void In_closing_winning_is_proposed_and_blocked_only_by_the_missing_contract_review()
    {
        var next = Ask(In(AccountStage.Closing).Given(ClosingDone));

        var blocked = Assert.Single(next.Blocked);
        Assert.IsType<WinAccount>(blocked.Command);
        Assert.Equal("account.contract_review_missing", Assert.Single(((RequirementsMissing)blocked.Reason).Missing).Code);
    }

    [Fact]
    public void A_terminated_account_proposes_reactivation_and_a_won_one_nothing_for_its_stage()
    {
        Assert.IsType<ReactivateAccount>(Assert.Single(Ask(In(AccountStage.Terminated)).Accepted));
        var won = Ask(In(AccountStage.Won));
        Assert.Empty(won.Accepted);
        Assert.Empty(won.Blocked);
    }

    [Fact]
    public void A_planned_visit_is_proposed_for_marking_ready_and_blocked_by_its_preparations()
    {
        var s = Opened().Given(new RecordContact(Buyer, "Li Wei", ContactFunction.Purchasing), new PlanVisit(FirstVisit, LastWeek.PlusDays(14), [Buyer], "First call"));

        var blocked = Ask(s).Blocked.Single(b => b.Command is MarkVisitReady);

        Assert.Equal("VIS-01", blocked.Reason.RuleId.Value);
    }

    [Fact]
    public void Asking_what_next_changes_nothing()
    {
        var s = In(AccountStage.SamplesAndIntelligence);
        var before = PipelineProperties.Deep(s.State);

        Ask(s);

        Assert.Equal(before, PipelineProperties.Deep(s.State));
    }
}
