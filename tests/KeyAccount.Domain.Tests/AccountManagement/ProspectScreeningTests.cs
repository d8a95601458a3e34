using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.AccountManagement;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.AccountManagement;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.AccountManagement;

[Trait("Rule", "KAM-01")]
public sealed class ProspectScreeningTests
{
    private static readonly ProspectScreeningDecider Decider = ProspectScreeningDecider.Instance;
    private static readonly ScreeningId Screening = new(new System.Guid("5c1e0000-0000-0000-0000-000000000001"));
    private static readonly DecisionContext Context = ProspectScreeningGenerators.Context;
    private static readonly AccountId Account = new(new System.Guid("acc00000-0000-0000-0000-000000000001"));

    private static ScreenProspect Screen(bool industry = true, bool volume = true, bool listed = false) =>
        new(Screening, " Hangzhou Jinlong Valves Co. ", Money.Cny(2_400_000m), 12,
        [
            new CriterionFinding("Listed company", listed, ""),
            new CriterionFinding("Industry we serve", industry, "Valves for water utilities"),
            new CriterionFinding("Annual volume over CNY 1m", volume, "2024 purchases CNY 2.4m"),
        ]);

    private static ProspectScreeningState Given(params ScreenProspect[] screenings) =>
        screenings.Aggregate(Decider.Initial, (state, c) => Decider.Apply(c, state, Context).State);

    [Fact]
    public void A_prospect_meeting_every_mandatory_criterion_qualifies_whatever_the_optional_ones_say()
    {
        var qualified = DecisionAssert.Single<ProspectScreeningEvent, ProspectQualified>(Decider.Decide(Screen(listed: false), Decider.Initial, Context));

        Assert.Equal("Hangzhou Jinlong Valves Co.", qualified.CompanyName);
        Assert.Equal(Money.Cny(2_400_000m), qualified.EstimatedAnnualAmount);
        Assert.Equal(12, qualified.EstimatedAnnualFrequency);
        Assert.Equal(1, qualified.Round);
        Assert.Equal(ProspectScreeningGenerators.Criteria.Criteria.Select(c => c.Name), qualified.Findings.Select(f => f.Criterion));
    }

    [Fact]
    public void A_prospect_failing_a_mandatory_criterion_is_screened_out_and_keeps_the_reason()
    {
        var (decision, state) = Decider.Apply(Screen(volume: false), Decider.Initial, Context);

        var out_ = DecisionAssert.Single<ProspectScreeningEvent, ProspectScreenedOut>(decision);
        Assert.Equal(["Annual volume over CNY 1m"], out_.FailedCriteria.ToArray());
        Assert.Equal(ProspectScreeningStatus.ScreenedOut, state.Status);
        Assert.Equal(["Annual volume over CNY 1m"], state.Reason.ToArray());
    }

    [Fact]
    public void A_screened_out_prospect_is_screened_again_later_and_its_earlier_reason_stays_in_the_history()
    {
        var before = Given(Screen(industry: false, volume: false));
        var (decision, state) = Decider.Apply(Screen(), before, Context.At(Context.Now.Plus(NodaTime.Duration.FromDays(90))));

        Assert.Equal(2, DecisionAssert.Single<ProspectScreeningEvent, ProspectQualified>(decision).Round);
        Assert.Equal(ProspectScreeningStatus.Qualified, state.Status);
        Assert.Empty(state.Reason.ToArray());
        Assert.Equal(["Industry we serve", "Annual volume over CNY 1m"], state.Rounds[0].FailedCriteria.ToArray());
    }

    [Fact]
    public void A_qualified_prospect_is_not_screened_again()
    {
        DecisionAssert.Rejected(Decider.Decide(Screen(), Given(Screen()), Context), "KAM-01", "lifecycle.transition_not_allowed");
    }

    [Fact]
    public void Every_criterion_of_the_policy_is_assessed_once_and_nothing_else()
    {
        var missing = Screen() with { Findings = [new CriterionFinding("Industry we serve", true, ""), new CriterionFinding("Industry we serve", true, ""), new CriterionFinding("Golf", true, "")] };

        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(Decider.Decide(missing, Decider.Initial, Context), "KAM-01", "screening.findings_invalid"));

        Assert.Equal(
            ["screening.criterion_repeated", "screening.criterion_not_assessed", "screening.criterion_not_assessed", "screening.criterion_unknown"],
            error.Missing.Select(m => m.Code));
    }

    [Fact]
    public void A_screening_names_the_company_estimates_no_negative_figures_and_stays_with_its_prospect()
    {
        DecisionAssert.Rejected(Decider.Decide(Screen() with { CompanyName = " " }, Decider.Initial, Context), "KAM-01", "screening.company_required");
        DecisionAssert.Rejected(Decider.Decide(Screen() with { EstimatedAnnualFrequency = -1 }, Decider.Initial, Context), "KAM-01", "screening.estimate_negative");
        DecisionAssert.Rejected(Decider.Decide(Screen() with { EstimatedAnnualAmount = Money.Cny(-1m) }, Decider.Initial, Context), "KAM-01", "screening.estimate_negative");
        var other = Screen(volume: false) with { Screening = new ScreeningId(System.Guid.NewGuid()) };
        DecisionAssert.Rejected(Decider.Decide(other, Given(Screen(volume: false)), Context), "KAM-01", "screening.other_prospect");
    }

    [Fact]
    public void With_the_default_policy_of_no_criteria_a_prospect_qualifies_and_accounts_open_without_a_screening()
    {
        DecisionAssert.Single<ProspectScreeningEvent, ProspectQualified>(Decider.Decide(Screen() with { Findings = [] }, Decider.Initial, TestContexts.Default));
        DecisionAssert.Single<AccountEvent, AccountOpened>(AccountDecider.Instance.Decide(Open(), AccountDecider.Instance.Initial, TestContexts.Default));
    }

    private static OpenAccount Open(ScreeningId? screening = null) =>
        new(Account, "Hangzhou Jinlong Valves Co.", "Screening 2025", new ActorId("E0007"), screening);

    private static DecisionContext WithScreening(ProspectScreeningState state) =>
        Context.WithSource(ProspectScreeningAggregate.StreamOf(Screening), state.Rounds.Count, state);

    [Fact]
    public void Once_the_host_names_criteria_an_account_is_opened_only_from_a_qualified_screening()
    {
        var accounts = AccountDecider.Instance;
        DecisionAssert.Rejected(accounts.Decide(Open(), accounts.Initial, Context), "KAM-01", "account.screening_required");
        DecisionAssert.Rejected(accounts.Decide(Open(Screening), accounts.Initial, WithScreening(Given(Screen(industry: false)))), "KAM-01", "account.screening_not_qualified");
        DecisionAssert.Rejected(accounts.Decide(Open(Screening) with { CompanyName = "Other Co." }, accounts.Initial, WithScreening(Given(Screen()))), "KAM-01", "account.screening_other_company");

        var (decision, state) = accounts.Apply(Open(Screening), accounts.Initial, WithScreening(Given(Screen())));

        Assert.Equal(Screening, DecisionAssert.Single<AccountEvent, AccountOpened>(decision).Screening);
        Assert.Equal(Screening, state.Screening);
        Assert.Equal(AccountStage.Targeting, state.Stage);
    }

    [Fact]
    [Trait("Rule", "GEN-11")]
    public void The_screening_is_read_from_the_context_never_believed_from_the_command()
    {
        DecisionAssert.Rejected(AccountDecider.Instance.Decide(Open(Screening), AccountDecider.Instance.Initial, Context), "GEN-11", "evidence.missing");
    }

    [Property(MaxTest = 200)]
    public Property A_prospect_qualifies_exactly_when_it_meets_every_mandatory_criterion_whatever_the_order_of_the_findings() =>
        Prop.ForAll(Arb.From(ProspectScreeningGenerators.Findings(ProspectScreeningGenerators.Criteria)), findings =>
        {
            var decision = Decider.Decide(Screen() with { Findings = findings }, Decider.Initial, Context);
            var mandatoryMet = ProspectScreeningGenerators.Criteria.Criteria.Where(c => c.Mandatory).All(c => findings.Single(f => f.Criterion == c.Name).Met);
            var reordered = Decider.Decide(Screen() with { Findings = findings.Reverse().ToArray() }, Decider.Initial, Context);
            return decision.IsAccepted
                && (decision.Events.Single() is ProspectQualified) == mandatoryMet
                && decision.Events.Single().Equals(reordered.Events.Single());
        });

    [Property(MaxTest = 100)]
    public Property In_every_history_rounds_count_up_only_the_last_may_qualify_and_the_reason_is_the_last_rounds_failures() =>
        Prop.ForAll(Arb.From(ProspectScreeningGenerators.Histories()), history =>
        {
            var rounds = history.State.Rounds;
            return rounds.Select(r => r.Round).SequenceEqual(Enumerable.Range(1, rounds.Count))
                && rounds.Take(rounds.Count - 1).All(r => !r.Qualified)
                && (rounds.Count == 0 || history.State.Reason.SequenceEqual(rounds[^1].FailedCriteria))
                && history.State.Status == (rounds.Count == 0 ? ProspectScreeningStatus.None : rounds[^1].Qualified ? ProspectScreeningStatus.Qualified : ProspectScreeningStatus.ScreenedOut)
                && rounds.All(r => r.FailedCriteria.All(name => ProspectScreeningGenerators.Criteria.Criteria.Single(c => c.Name == name).Mandatory));
        });
}
