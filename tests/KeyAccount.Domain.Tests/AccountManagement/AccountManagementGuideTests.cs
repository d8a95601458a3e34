using System;
using System.IO;
using System.Linq;
using KeyAccount.Domain.AccountManagement;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.AccountManagement;

/// <summary>Runs the examples of docs/account-management.md; the code between the markers is the code printed in the guide.</summary>
public sealed class AccountManagementGuideTests
{
    [Fact]
    [Trait("Rule", "KAM-01")]
    public void From_prospect_to_key_account()
    {
        // begin: screening-to-account
        var criteria = new StrategicCriteriaPolicy([
            new StrategicCriterion("Industry we serve", Mandatory: true),
            new StrategicCriterion("Annual volume over CNY 1m", Mandatory: true),
            new StrategicCriterion("Listed company", Mandatory: false),
        ]);
        var context = TestContexts.Default.With(criteria);
        var screenings = ProspectScreeningAggregate.Definition.Decider;
        var screening = ScreeningId.From(Guid.NewGuid());

        // 1. Screened with this year's estimate: the volume criterion fails, the prospect is screened out with that reason.
        var (_, state) = screenings.Apply(new ScreenProspect(screening, "Hangzhou Jinlong Valves Co.", Money.Cny(600_000m), 4,
        [
            new CriterionFinding("Industry we serve", true, "Valves for water utilities"),
            new CriterionFinding("Annual volume over CNY 1m", false, "2024 purchases CNY 0.6m"),
            new CriterionFinding("Listed company", false, ""),
        ]), screenings.Initial, context);
        // state.Status == ProspectScreeningStatus.ScreenedOut, state.Reason == ["Annual volume over CNY 1m"]

        // 2. Screened again after the customer's new tender: it qualifies.
        (_, state) = screenings.Apply(new ScreenProspect(screening, "Hangzhou Jinlong Valves Co.", Money.Cny(2_400_000m), 12,
        [
            new CriterionFinding("Industry we serve", true, "Valves for water utilities"),
            new CriterionFinding("Annual volume over CNY 1m", true, "Tender 2025: CNY 2.4m"),
            new CriterionFinding("Listed company", false, ""),
        ]), state, context);

        // 3. The account opens from the qualified screening, read from the context (GEN-11); without one it is refused (KAM-01).
        var accounts = AccountAggregate.Definition.Decider;
        var open = new OpenAccount(AccountId.From(Guid.NewGuid()), "Hangzhou Jinlong Valves Co.", "Tender 2025", new ActorId("E0007"), screening);
        var refused = accounts.Decide(open with { Screening = null }, accounts.Initial, context);
        var opened = accounts.Decide(open, accounts.Initial,
            context.WithSource(ProspectScreeningAggregate.StreamOf(screening), state.Rounds.Count, state));
        // end: screening-to-account

        Assert.Equal(ProspectScreeningStatus.Qualified, state.Status);
        Assert.Equal(["Annual volume over CNY 1m"], state.Rounds[0].FailedCriteria.ToArray());
        DecisionAssert.Rejected(refused, "KAM-01", "account.screening_required");
        Assert.Equal(screening, DecisionAssert.Single<AccountEvent, AccountOpened>(opened).Screening);
    }

    [Fact]
    [Trait("Rule", "KAM-02")]
    [Trait("Rule", "KAM-03")]
    public void From_needs_to_an_accepted_proposal()
    {
        var accountState = Testing.Generators.AccountManagement.ProposalGenerators.Account(AccountId.From(Guid.NewGuid()));
        var account = accountState.Account;
        var context = TestContexts.Default;

        // begin: proposal-to-acceptance
        // The account's state, replayed by the host, is the evidence of its recorded needs (GEN-11).
        context = context.WithSource(AccountAggregate.StreamOf(account), 3, accountState);
        var proposals = ProposalAggregate.Definition.Decider;
        var state = proposals.Initial;
        void Do(ProposalCommand command) => state = proposals.Apply(command, state, context).State;

        Do(new DraftProposal(ProposalId.From(Guid.NewGuid()), account, "Valve supply 2025", "Framework agreement for gate valves"));
        foreach (var need in accountState.RecordedNeeds)
        {
            // Every recorded need is answered or marked out of scope with a reason before submission (KAM-02).
            Do(need.StartsWith("Spare", StringComparison.Ordinal)
                ? new MarkNeedOutOfScope(need, "We hold spares in Ningbo only")
                : new AnswerNeed(need, "Consignment stock, 48-hour call-off"));
        }

        Do(new ApproveProposal(new ActorId("E0002")));
        Do(new SubmitProposal());                                          // revision 1, now immutable
        Do(new StartProposalRevision("The customer asks for local spares")); // a change is revision 2
        Do(new AnswerNeed("Spare parts stocked in Hangzhou", "Spares held at the customer's warehouse"));
        Do(new ApproveProposal(new ActorId("E0002")));
        Do(new SubmitProposal());

        // Only the latest submitted revision is accepted, naming the customer's signatory (KAM-03).
        var tooOld = proposals.Decide(new AcceptProposal(1, "Wang Lei"), state, context);
        Do(new AcceptProposal(2, "Wang Lei"));
        // end: proposal-to-acceptance

        DecisionAssert.Rejected(tooOld, "KAM-03", "proposal.not_latest_revision");
        Assert.Equal(ProposalStatus.Accepted, state.Status);
        Assert.Equal([1, 2], state.Submitted.Select(r => r.Revision));
        Assert.True(state.Submitted[0].Responses.Single(r => r.Need == "Spare parts stocked in Hangzhou").OutOfScope);
    }

    [Fact]
    [Trait("Rule", "KAM-06")]
    [Trait("Rule", "ACC-13")]
    public void A_quarter_evaluated_from_the_recorded_facts()
    {
        var account = Testing.Generators.AccountManagement.ProposalGenerators.Account(AccountId.From(Guid.NewGuid()));
        var surveys = Array.Empty<SatisfactionSurveyState>();
        var complaints = Array.Empty<ComplaintState>();

        // begin: plan-evaluation
        var plans = AccountPlanAggregate.Definition.Decider;
        var manager = new ActorId("E0007");
        var (_, plan) = plans.Apply(new SetAccountPlan(AccountPlanId.From(Guid.NewGuid()), account.Account, manager,
            new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 31), Money.Cny(1_000_000m), TargetFrequency: 3, TargetSatisfaction: 80m),
            plans.Initial, TestContexts.Default);
        foreach (var (reference, day, amount) in new[] { ("SO-001", 14, 400_000m), ("SO-002", 45, 350_000m), ("SO-003", 80, 300_000m) })
        {
            (_, plan) = plans.Apply(new RecordTransaction(new Transaction(reference, new LocalDate(2025, 1, 1).PlusDays(day), Money.Cny(amount))),
                plan, TestContexts.Default);
        }

        // The actuals come from the recorded facts: transactions, surveys (SAT-01), contacts (ACC-14), complaints.
        var evaluation = AccountPlanEvaluation.Of(plan, account, surveys, complaints, ContactIntervalPolicy.Default);
        var byManager = ManagerEvaluation.Of(manager, [evaluation], Currency.CNY);
        // The account's tier is reviewed from the same transactions (ACC-13).
        ReviewTier tierReview = plan.TierReview();
        // end: plan-evaluation

        Assert.True(evaluation.AmountMet);
        Assert.True(evaluation.FrequencyMet);
        Assert.False(evaluation.SatisfactionMet);
        Assert.Null(evaluation.ActualSatisfaction);
        Assert.Equal(Money.Cny(1_050_000m), byManager.ActualAmount);
        Assert.Equal(new ReviewTier(Money.Cny(1_050_000m), 3), tierReview);
    }

    [Theory]
    [InlineData("screening-to-account")]
    [InlineData("proposal-to-acceptance")]
    [InlineData("plan-evaluation")]
    public void The_guide_prints_the_code_these_tests_run(string example)
    {
        var root = DiagramFiles.RepositoryRoot();
        var test = GuideExamples.Extract(File.ReadAllLines(Path.Combine(root, "tests", "KeyAccount.Domain.Tests", "AccountManagement", "AccountManagementGuideTests.cs")), $"// begin: {example}", $"// end: {example}");
        var guide = GuideExamples.Extract(File.ReadAllLines(Path.Combine(root, "docs", "account-management.md")), $"<!-- example: {example} -->", "```", skip: 2);

        Assert.Equal(test, guide);
    }
}
