using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

public sealed class PipelineTests
{
    [Fact]
    [Trait("Rule", "ACC-02")]
    public void Every_stage_is_reachable_and_only_won_is_terminal()
    {
        Assert.Empty(LifecycleAnalysis.UnreachableStates(AccountLifecycle.Table));
        Assert.Equal([AccountStage.Won], LifecycleAnalysis.TerminalStates(AccountLifecycle.Table));
    }

    [Fact]
    [Trait("Rule", "ACC-02")]
    public void The_stages_advance_one_at_a_time_from_first_contact_to_won()
    {
        var s = In(AccountStage.Won);

        Assert.Equal(AccountStage.Won, s.State.Stage);
        Assert.Equal(
            [AccountStage.SamplesAndIntelligence, AccountStage.ValueAssessment, AccountStage.RelationshipBuilding, AccountStage.Closing],
            s.History.OfType<StageAdvanced>().Select(e => e.To));
        Assert.Equal(ApprovedReview, s.History.OfType<AccountWon>().Single().ContractReview);
    }

    [Theory]
    [Trait("Rule", "ACC-02")]
    [InlineData(AccountStage.Targeting, AccountStage.ValueAssessment)]
    [InlineData(AccountStage.Targeting, AccountStage.Closing)]
    [InlineData(AccountStage.SamplesAndIntelligence, AccountStage.RelationshipBuilding)]
    [InlineData(AccountStage.ValueAssessment, AccountStage.Closing)]
    [InlineData(AccountStage.ValueAssessment, AccountStage.SamplesAndIntelligence)]
    public void Skipping_or_going_back_a_stage_is_rejected(AccountStage from, AccountStage target)
    {
        var s = In(from);

        var error = Assert.IsType<TransitionNotAllowed>(DecisionAssert.Rejected(s.When(new AdvanceStage(target)), "ACC-02"));
        Assert.Equal(from.ToString(), error.From);
    }

    [Fact]
    [Trait("Rule", "ACC-02")]
    public void Winning_before_closing_is_rejected_by_the_table()
    {
        DecisionAssert.Rejected(In(AccountStage.RelationshipBuilding).When(new WinAccount(ApprovedReview)), "ACC-02", "lifecycle.transition_not_allowed");
    }

    [Theory]
    [Trait("Rule", "ACC-02")]
    [InlineData(AccountStage.Won)]
    [InlineData(AccountStage.Terminated)]
    public void Won_and_terminated_accounts_accept_no_stage_command(AccountStage stage)
    {
        var s = In(stage);

        DecisionAssert.Rejected(s.When(new AdvanceStage(AccountStage.SamplesAndIntelligence)), "ACC-02");
        DecisionAssert.Rejected(s.When(new WinAccount(ApprovedReview)), "ACC-02");
        DecisionAssert.Rejected(s.When(new TerminateAccount("again")), "ACC-02");
    }

    [Fact]
    [Trait("Rule", "ACC-02")]
    public void Advancing_is_only_to_a_working_stage_the_command_cannot_name_won()
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new AdvanceStage(AccountStage.Won));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new AdvanceStage(AccountStage.Targeting));
    }

    [Theory]
    [Trait("Rule", "ACC-02")]
    [InlineData(AccountStage.Targeting)]
    [InlineData(AccountStage.ValueAssessment)]
    [InlineData(AccountStage.Closing)]
    public void An_open_account_can_be_terminated_with_a_reason(AccountStage stage)
    {
        var terminated = DecisionAssert.Single<AccountEvent, AccountTerminated>(In(stage).When(new TerminateAccount(" Budget frozen ")));

        Assert.Equal(stage, terminated.From);
        Assert.Equal("Budget frozen", terminated.Reason);
    }

    [Fact]
    [Trait("Rule", "ACC-02")]
    public void Terminating_without_a_reason_is_rejected()
    {
        DecisionAssert.Rejected(Opened().When(new TerminateAccount(" ")), "ACC-02", "account.field_required");
    }

    [Fact]
    [Trait("Rule", "ACC-12")]
    public void A_terminated_account_is_reactivated_into_targeting_and_keeps_its_history()
    {
        var s = Opened().Given(TargetingDone).Given(new TerminateAccount("Budget frozen"));

        s.Given(new ReactivateAccount("New budget approved"));

        Assert.Equal(AccountStage.Targeting, s.State.Stage);
        Assert.NotNull(s.State.Profile);
        Assert.IsType<AccountReactivated>(s.History[^1]);
        DecisionAssert.Accepted(s.When(new AdvanceStage(AccountStage.SamplesAndIntelligence)));
    }

    [Fact]
    [Trait("Rule", "ACC-12")]
    public void Reactivating_needs_a_reason_and_a_terminated_account()
    {
        DecisionAssert.Rejected(In(AccountStage.Terminated).When(new ReactivateAccount("")), "ACC-12", "account.field_required");
        DecisionAssert.Rejected(Opened().When(new ReactivateAccount("why not")), "ACC-02", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(In(AccountStage.Won).When(new ReactivateAccount("why not")), "ACC-02");
    }

    [Fact]
    [Trait("Rule", "ACC-12")]
    public void A_terminated_account_accepts_no_new_facts_until_reactivated()
    {
        var s = In(AccountStage.Terminated);

        DecisionAssert.Rejected(s.When(new StateNeeds("bolts")), "ACC-12", "account.terminated");
        DecisionAssert.Rejected(s.When(new RecordContact(Buyer, "Li Wei", ContactFunction.Purchasing)), "ACC-12", "account.terminated");
    }
}
