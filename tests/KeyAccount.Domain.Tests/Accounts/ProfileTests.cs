using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Accounts.AccountScenario;

namespace KeyAccount.Domain.Tests.Accounts;

public sealed class ProfileTests
{
    public static CompetitorAnalysis Incumbent => new(
        "Dongfang Fasteners", "3 % below us", "good", "slow to answer", "4 weeks", "60 days", "regional leader", "reliable but slow",
        ["Long lead time", "Slow service"]);

    [Fact]
    [Trait("Rule", "ACC-10")]
    public void A_competitor_analysis_records_every_aspect_and_replaces_the_earlier_one_of_the_same_supplier()
    {
        var s = Opened().Given(new RecordCompetitor(Incumbent), new RecordCompetitor(Incumbent with { Supplier = "DONGFANG FASTENERS", LeadTime = "3 weeks" }));

        var analysis = Assert.Single(s.State.Competitors);
        Assert.Equal("3 weeks", analysis.LeadTime);
        Assert.Equal(["Long lead time", "Slow service"], analysis.Weaknesses);
    }

    [Fact]
    [Trait("Rule", "ACC-10")]
    public void An_incomplete_competitor_analysis_is_rejected_naming_each_gap()
    {
        var decision = Opened().When(new RecordCompetitor(Incumbent with { LeadTime = "", Reputation = " ", Weaknesses = [] }));

        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(decision, "ACC-10", "account.competitor_analysis_incomplete"));
        Assert.Equal(["leadTime", "reputation", "weaknesses"], error.Missing.Select(m => m.Details[0].Value));
    }

    [Fact]
    [Trait("Rule", "ACC-11")]
    public void The_materials_the_customer_uses_are_part_of_the_profile_trimmed_and_without_repeats()
    {
        var s = Opened().Given(new RecordMaterials([" 304 stainless ", "brass", "304 STAINLESS"]));

        Assert.Equal(["304 stainless", "brass"], s.State.Materials);
    }

    [Fact]
    [Trait("Rule", "ACC-11")]
    public void An_empty_materials_list_is_rejected()
    {
        DecisionAssert.Rejected(Opened().When(new RecordMaterials([" "])), "ACC-11", "account.materials_required");
    }

    [Fact]
    [Trait("Rule", "ACC-13")]
    public void A_won_account_gets_its_tier_from_amount_and_frequency()
    {
        var s = In(AccountStage.Won);

        var changed = DecisionAssert.Single<AccountEvent, TierChanged>(s.When(new ReviewTier(Money.Cny(6_000_000m), 12)));
        Assert.Equal(new TierChanged(null, AccountTier.A, Money.Cny(6_000_000m), 12), changed);
        Assert.Equal(AccountTier.B, AccountTierPolicy.Default.TierOf(Money.Cny(6_000_000m), 11));
        Assert.Equal(AccountTier.C, AccountTierPolicy.Default.TierOf(Money.Cny(999_999m), 40));
    }

    [Fact]
    [Trait("Rule", "ACC-13")]
    public void The_host_sets_the_thresholds_and_only_a_change_of_tier_is_an_event()
    {
        var s = In(AccountStage.Won);
        s.Context = s.Context.With(new AccountTierPolicy(Money.Cny(100_000m), 2, Money.Cny(10_000m), 1));
        s.Given(new ReviewTier(Money.Cny(50_000m), 3));

        Assert.Equal(AccountTier.B, s.State.Tier);
        Assert.Empty(DecisionAssert.Accepted(s.When(new ReviewTier(Money.Cny(60_000m), 5))));
        Assert.Equal(new TierChanged(AccountTier.B, AccountTier.A, Money.Cny(100_000m), 2),
            DecisionAssert.Single<AccountEvent, TierChanged>(s.When(new ReviewTier(Money.Cny(100_000m), 2))));
    }

    [Fact]
    [Trait("Rule", "ACC-13")]
    public void A_tier_review_is_rejected_before_won_in_another_currency_or_with_negative_numbers()
    {
        DecisionAssert.Rejected(In(AccountStage.Closing).When(new ReviewTier(Money.Cny(1m), 1)), "ACC-13", "account.tier_before_won");
        DecisionAssert.Rejected(In(AccountStage.Won).When(new ReviewTier(new Money(1m, Currency.USD), 1)), "ACC-13", "account.tier_currency_mismatch");
        DecisionAssert.Rejected(In(AccountStage.Won).When(new ReviewTier(Money.Cny(1m), -1)), "ACC-13", "account.value_negative");
    }
}
