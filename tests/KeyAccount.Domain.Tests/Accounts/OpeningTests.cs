using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

[Trait("Rule", "ACC-01")]
public sealed class OpeningTests
{
    [Fact]
    public void An_account_opens_in_targeting_with_its_owner_and_a_trimmed_name()
    {
        var opened = DecisionAssert.Single<AccountEvent, AccountOpened>(new AccountScenario().When(Open));

        Assert.Equal("Huaxin Precision Parts", opened.CompanyName);
        Assert.Equal("Canton Fair", opened.Source);
        Assert.Equal(Manager, opened.Owner);
        Assert.Equal(new LocalDate(2025, 3, 3), opened.OpenedOn);
        var state = AccountDecider.Instance.Evolve(AccountState.Initial, opened);
        Assert.Equal(AccountStage.Targeting, state.Stage);
    }

    [Fact]
    public void An_account_without_a_company_name_or_source_is_not_opened_and_both_are_named()
    {
        var decision = new AccountScenario().When(new OpenAccount(Account, "   ", "", Manager));

        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(decision, "ACC-01", "account.opening_incomplete"));
        Assert.Equal(["companyName", "source"], error.Missing.Select(m => m.Details[0].Value));
    }

    [Fact]
    public void An_account_is_opened_only_once()
    {
        DecisionAssert.Rejected(Opened().When(Open), "ACC-01", "account.already_opened");
    }

    [Fact]
    public void No_command_but_opening_is_accepted_before_the_account_is_opened()
    {
        DecisionAssert.Rejected(new AccountScenario().When(new StateNeeds("bolts")), "ACC-01", "account.not_opened");
    }

    [Fact]
    public void An_account_starts_not_opened_and_opening_fires_the_open_row_of_the_table()
    {
        Assert.Equal(AccountStage.NotOpened, AccountDecider.Instance.Initial.Stage);
        Assert.Equal(AccountStage.NotOpened, AccountLifecycle.Table.Initial);
        var open = AccountLifecycle.Table.Find(AccountStage.NotOpened, AccountTrigger.Open);
        Assert.Equal(AccountStage.Targeting, open?.To);
        Assert.Equal("ACC-01", AccountLifecycle.Table.RuleFor(AccountTrigger.Open).ToString());
    }

    [Fact]
    [Trait("Rule", "ACC-02")]
    public void A_stage_command_before_opening_is_refused_by_the_table()
    {
        var error = DecisionAssert.Rejected(new AccountScenario().When(new AdvanceStage(AccountStage.SamplesAndIntelligence)), "ACC-02");
        Assert.IsType<TransitionNotAllowed>(error);
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void Replaying_a_second_opening_or_an_event_before_the_opening_is_a_typed_error()
    {
        var opened = new AccountOpened(Account, "Huaxin Precision Parts", "Canton Fair", Manager, new LocalDate(2025, 3, 3));

        var twice = AccountDecider.Instance.TryReplay([opened, opened]).AsT1;
        var early = AccountDecider.Instance.TryReplay([new NeedsStated("bolts"), opened]).AsT1;

        Assert.Equal((2L, "ACC-01"), (twice.Position, twice.IllegalMoveRule?.ToString()));
        Assert.Equal(1L, early.Position);
    }
}
