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
        var state = KeyAccountDecider.Instance.Evolve(KeyAccountState.Initial, opened);
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
}
