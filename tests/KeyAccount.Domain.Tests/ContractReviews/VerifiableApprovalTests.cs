using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.ContractReviews;
using KeyAccount.Domain.Tests.Accounts;
using KeyAccount.Domain.Tests.Negotiations;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.ContractReviews;

/// <summary>GEN-11 for approvals: ACC-07 and NEG-09 check a contract review reference against the review's state from
/// the context; CR-05 withdraws the approval from the account and the plan; CR-01 checks the serial number against the
/// register's state.</summary>
public sealed class VerifiableApprovalTests
{
    private static readonly AccountId Account = AccountScenario.Account;

    private static DecisionContext Approved => ContractReviewSources.Supply(TestContexts.Default, Account);

    private static DecisionContext Amended => ContractReviewSources.Supply(TestContexts.Default, Account, amended: true);

    private static DecisionContext Reapproved => ContractReviewSources.Supply(TestContexts.Default, Account, reapproved: true);

    private static ContractReviewReference Fresh => ContractReviewSources.State(Account, reapproved: true).Reference!;

    private static AccountScenario Closing(DecisionContext context)
    {
        var s = AccountScenario.In(AccountStage.Closing).Given(AccountScenario.ClosingDone);
        s.Context = context;
        return s;
    }

    private static string Reason(DomainError error) => (string)error.Details.Single(d => d.Name == "reason").Value!;

    // ---- ACC-07 ----

    [Fact]
    [Trait("Rule", "GEN-11")]
    [Trait("Rule", "ACC-07")]
    public void Winning_without_the_review_state_in_the_context_is_refused_naming_the_stream_to_load()
    {
        var error = DecisionAssert.Rejected(Closing(TestContexts.Default).When(new WinAccount(AccountScenario.ApprovedReview)), "GEN-11", "evidence.missing");
        Assert.Equal(ContractReviewAggregate.StreamOf(AccountScenario.ApprovedReview.Review).Value, error.Details.Single(d => d.Name == "stream").Value);
    }

    [Fact]
    [Trait("Rule", "GEN-11")]
    [Trait("Rule", "ACC-07")]
    public void A_reference_read_from_json_that_the_review_does_not_bear_out_is_refused()
    {
        // A host that deserializes a reference gets one whatever the JSON says: the decision re-checks it.
        var won = new AccountWon(AccountScenario.ApprovedReview, TestContexts.Default.Today);
        var json = AccountAggregate.Definition.Serializer.Serialize(new EventEnvelope<AccountEvent>(
            AccountAggregate.StreamOf(Account), 1, CommandId.From(Guid.NewGuid()), new ActorId("E001"), TestContexts.Default.Now, won));
        var forgedJson = json.Replace("\"serialNumber\":1", "\"serialNumber\":7", StringComparison.Ordinal);
        Assert.NotEqual(json, forgedJson);
        var forged = ((AccountWon)AccountAggregate.Definition.Serializer.Deserialize(forgedJson).AsT0.Event).ContractReview;

        var error = DecisionAssert.Rejected(Closing(Approved).When(new WinAccount(forged)), "GEN-11", "evidence.not_borne_out");
        Assert.Equal(ContractReviewEvidence.DifferentReview, Reason(error));
    }

    [Fact]
    [Trait("Rule", "GEN-11")]
    [Trait("Rule", "ACC-07")]
    public void A_reference_forged_through_its_hidden_constructor_is_refused()
    {
        var constructor = typeof(ContractReviewReference).GetConstructors(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance).Single(c => c.GetParameters().Length == 4);
        Assert.Empty(typeof(ContractReviewReference).GetConstructors());
        var approved = AccountScenario.ApprovedReview;
        var forged = (ContractReviewReference)constructor.Invoke([approved.Review, approved.SerialNumber, approved.ApprovedOn.PlusDays(-1), approved.Round]);

        var error = DecisionAssert.Rejected(Closing(Approved).When(new WinAccount(forged)), "GEN-11", "evidence.not_borne_out");
        Assert.Equal(ContractReviewEvidence.DifferentApproval, Reason(error));
    }

    [Fact]
    [Trait("Rule", "GEN-11")]
    [Trait("Rule", "CR-05")]
    public void A_reference_from_before_an_amendment_is_stale_even_once_the_review_is_approved_again()
    {
        var stale = AccountScenario.ApprovedReview;
        Assert.Equal(ContractReviewEvidence.AmendedSince, Reason(DecisionAssert.Rejected(Closing(Amended).When(new WinAccount(stale)), "GEN-11", "evidence.not_borne_out")));
        Assert.Equal(ContractReviewEvidence.AmendedSince, Reason(DecisionAssert.Rejected(Closing(Reapproved).When(new WinAccount(stale)), "GEN-11", "evidence.not_borne_out")));

        var won = DecisionAssert.Single<AccountEvent, AccountWon>(Closing(Reapproved).When(new WinAccount(Fresh)));
        Assert.Equal(2, won.ContractReview.Round);
    }

    [Fact]
    [Trait("Rule", "GEN-11")]
    [Trait("Rule", "ACC-07")]
    public void Another_customers_approved_review_does_not_win_the_account()
    {
        var other = AccountId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c0000ff"));
        var s = Closing(ContractReviewSources.Supply(TestContexts.Default, other));
        var error = DecisionAssert.Rejected(s.When(new WinAccount(ContractReviewSources.State(other).Reference)), "GEN-11", "evidence.not_borne_out");
        Assert.Equal(ContractReviewEvidence.OtherAccount, Reason(error));
    }

    [Fact]
    [Trait("Rule", "GEN-11")]
    [Trait("Rule", "ACC-07")]
    public void Evidence_is_checked_before_the_rest_of_the_gate()
    {
        var s = AccountScenario.In(AccountStage.Closing);
        s.Context = TestContexts.Default;
        DecisionAssert.Rejected(s.When(new WinAccount(AccountScenario.ApprovedReview)), "GEN-11", "evidence.missing");
        s.Context = Approved;
        DecisionAssert.Rejected(s.When(new WinAccount(AccountScenario.ApprovedReview)), "ACC-07", "account.gate.closing");
    }

    // ---- CR-05 on the account ----

    [Fact]
    [Trait("Rule", "CR-05")]
    public void An_amendment_withdraws_the_approval_of_a_won_account_once_and_the_new_approval_is_reconfirmed()
    {
        var s = AccountScenario.In(AccountStage.Won);
        var review = AccountScenario.ApprovedReview.Review;

        s.Context = Amended;
        var withdrawn = DecisionAssert.Single<AccountEvent, ContractApprovalWithdrawn>(s.When(new WithdrawContractApproval(review)));
        Assert.Equal((review, 1, TestContexts.Default.Today), (withdrawn.Review, withdrawn.Round, withdrawn.WithdrawnOn));
        s.Given(new WithdrawContractApproval(review));
        Assert.Equal(AccountStage.Won, s.State.Stage);
        Assert.Equal(TestContexts.Default.Today, s.State.ContractApprovalWithdrawnOn);
        Assert.Empty(DecisionAssert.Accepted(s.When(new WithdrawContractApproval(review))));

        DecisionAssert.Rejected(s.When(new ReconfirmContractApproval(Fresh)), "GEN-11", "evidence.not_borne_out");
        s.Context = Reapproved;
        DecisionAssert.Rejected(s.When(new ReconfirmContractApproval(AccountScenario.ApprovedReview)), "GEN-11", "evidence.not_borne_out");
        DecisionAssert.Single<AccountEvent, ContractApprovalReconfirmed>(s.When(new ReconfirmContractApproval(Fresh)));
        s.Given(new ReconfirmContractApproval(Fresh));
        Assert.Null(s.State.ContractApprovalWithdrawnOn);
        Assert.Equal(Fresh, s.State.ContractReview);
        Assert.Empty(DecisionAssert.Accepted(s.When(new ReconfirmContractApproval(Fresh))));
    }

    [Fact]
    [Trait("Rule", "CR-05")]
    [Trait("Rule", "GEN-11")]
    public void A_withdrawal_is_accepted_only_for_the_review_relied_on_and_only_when_the_review_bears_it_out()
    {
        var s = AccountScenario.In(AccountStage.Won);
        var stranger = ContractReviewId.From(Guid.Parse("0b6f3c0e-5f43-4f0e-9a61-3d2b1c0000fe"));
        DecisionAssert.Rejected(s.When(new WithdrawContractApproval(stranger)), "CR-05", "account.contract_review_not_relied_on");
        DecisionAssert.Rejected(AccountScenario.In(AccountStage.Closing).When(new WithdrawContractApproval(AccountScenario.ApprovedReview.Review)), "CR-05", "account.contract_review_not_relied_on");

        s.Context = Approved;
        Assert.Equal(ContractReviewEvidence.StillApproved, Reason(DecisionAssert.Rejected(s.When(new WithdrawContractApproval(AccountScenario.ApprovedReview.Review)), "GEN-11", "evidence.not_borne_out")));
        s.Context = TestContexts.Default;
        DecisionAssert.Rejected(s.When(new WithdrawContractApproval(AccountScenario.ApprovedReview.Review)), "GEN-11", "evidence.missing");
    }

    // ---- NEG-09 and CR-05 on the plan ----

    [Fact]
    [Trait("Rule", "GEN-11")]
    [Trait("Rule", "NEG-09")]
    public void Attaching_and_signing_need_the_review_state_and_a_reference_it_bears_out()
    {
        DecisionAssert.Rejected(Plans.Plan.Decide(new AttachContractReview(Plans.Review), Plans.InAgreement, TestContexts.Default), "GEN-11", "evidence.missing");
        DecisionAssert.Rejected(Plans.Plan.Decide(new SignAgreement(), Plans.ReadyToSign, TestContexts.Default), "GEN-11", "evidence.missing");
        var amended = ContractReviewSources.Supply(TestContexts.Default, Plans.Account, amended: true);
        var error = DecisionAssert.Rejected(Plans.Plan.Decide(new SignAgreement(), Plans.ReadyToSign, amended), "GEN-11", "evidence.not_borne_out");
        Assert.Equal(ContractReviewEvidence.AmendedSince, Reason(error));
    }

    [Fact]
    [Trait("Rule", "CR-05")]
    [Trait("Rule", "NEG-09")]
    public void After_a_withdrawal_the_plan_is_signed_only_once_the_reapproved_review_is_attached_again()
    {
        var review = Plans.Review.Review;
        var amended = ContractReviewSources.Supply(TestContexts.Default, Plans.Account, amended: true);
        var reapproved = ContractReviewSources.Supply(TestContexts.Default, Plans.Account, reapproved: true);
        var fresh = ContractReviewSources.State(Plans.Account, reapproved: true).Reference!;

        var (decision, plan) = Plans.Plan.Apply(new WithdrawContractReview(review), Plans.ReadyToSign, amended);
        Assert.IsType<ContractReviewWithdrawn>(Assert.Single(DecisionAssert.Accepted(decision)));
        Assert.Empty(DecisionAssert.Accepted(Plans.Plan.Decide(new WithdrawContractReview(review), plan, amended)));
        DecisionAssert.Rejected(Plans.Plan.Decide(new SignAgreement(), plan, reapproved), "NEG-09", "negotiation.contract_review_withdrawn");

        DecisionAssert.Rejected(Plans.Plan.Decide(new AttachContractReview(Plans.Review), plan, reapproved), "GEN-11", "evidence.not_borne_out");
        (_, plan) = Plans.Plan.Apply(new AttachContractReview(fresh), plan, reapproved);
        Assert.Null(plan.ContractReviewWithdrawnOn);
        var signed = DecisionAssert.Single<NegotiationEvent, PhaseChanged>(Plans.Plan.Decide(new SignAgreement(), plan, reapproved));
        Assert.Equal(NegotiationPhase.Signed, signed.To);
    }

    [Fact]
    [Trait("Rule", "CR-05")]
    public void A_signed_plan_records_the_withdrawal_and_refuses_one_for_a_review_it_has_not_attached()
    {
        var amended = ContractReviewSources.Supply(TestContexts.Default, Plans.Account, amended: true);
        var (decision, plan) = Plans.Plan.Apply(new WithdrawContractReview(Plans.Review.Review), Plans.Signed, amended);
        Assert.Single(DecisionAssert.Accepted(decision));
        Assert.Equal((NegotiationPhase.Signed, TestContexts.Default.Today), (plan.Phase, plan.ContractReviewWithdrawnOn));

        var stranger = ContractReviewId.From(Guid.Parse("00000000-0000-0000-0000-0000000000fe"));
        DecisionAssert.Rejected(Plans.Plan.Decide(new WithdrawContractReview(stranger), Plans.Signed, amended), "CR-05", "negotiation.contract_review_not_relied_on");
        DecisionAssert.Rejected(Plans.Plan.Decide(new WithdrawContractReview(Plans.Review.Review), Plans.InAgreement, amended), "CR-05", "negotiation.contract_review_not_relied_on");
    }

    // ---- CR-01 ----

    [Fact]
    [Trait("Rule", "GEN-11")]
    [Trait("Rule", "CR-01")]
    public void A_review_opens_only_with_the_number_the_register_issued_to_it()
    {
        var decider = ContractReviewDecider.Instance;
        var open = ReviewSteps.Open(3);
        DecisionAssert.Rejected(decider.Decide(open, decider.Initial, TestContexts.Default), "GEN-11", "evidence.missing");

        var issuedTwo = ContractReviewSources.SupplyRegister(TestContexts.Default, ReviewSteps.Register, ReviewSteps.Review, ReviewSteps.Account, 2);
        DecisionAssert.Rejected(decider.Decide(open, decider.Initial, issuedTwo), "CR-01", "contract_review.serial_number_mismatch");

        var otherReview = ContractReviewId.From(Guid.Parse("0b6f3d4e-1a2b-4c5d-8e9f-1011121314ff"));
        var issuedToOther = ContractReviewSources.SupplyRegister(TestContexts.Default, ReviewSteps.Register, otherReview, ReviewSteps.Account, 3);
        DecisionAssert.Rejected(decider.Decide(open, decider.Initial, issuedToOther), "CR-01", "contract_review.serial_number_of_another_review");
        DecisionAssert.Rejected(decider.Decide(ReviewSteps.Open(4), decider.Initial, issuedToOther), "CR-01", "contract_review.serial_number_not_issued");

        var issuedThree = ContractReviewSources.SupplyRegister(TestContexts.Default, ReviewSteps.Register, ReviewSteps.Review, ReviewSteps.Account, 3);
        var opened = DecisionAssert.Single<ContractReviewEvent, ContractReviewOpened>(decider.Decide(open, decider.Initial, issuedThree));
        Assert.Equal(3, opened.SerialNumber);
    }

    // ---- the law ----

    /// <summary>For any review history, a reference taken from any state of it is accepted by ACC-07 and NEG-09 exactly
    /// when the review's current state is approved in the round of the reference.</summary>
    [Property(MaxTest = 150)]
    [Trait("Rule", "GEN-11")]
    [Trait("Rule", "ACC-07")]
    [Trait("Rule", "NEG-09")]
    public Property A_reference_is_accepted_iff_the_review_is_approved_now_in_the_same_round() =>
        Prop.ForAll(ContractReviewGenerators.Histories().ToArbitrary(), history =>
        {
            var references = new List<ContractReviewReference>();
            var state = ContractReviewDecider.Instance.Initial;
            foreach (var e in history.Events)
            {
                state = ContractReviewDecider.Instance.Evolve(state, e);
                if (state.Reference is { } r)
                {
                    references.Add(r);
                }
            }

            var review = history.State;
            // Decided on the day of the history's last command: the review's approval is never later than that.
            var today = history.Contexts.Count > 0 ? TestContexts.On(history.Contexts[^1].Today) : TestContexts.Default;
            var context = today.WithSource(ContractReviewAggregate.StreamOf(review.Review), history.Events.Count, review);
            var closing = ClosingState with { Account = review.Account };
            var agreement = AgreementState with { Account = review.Account };
            return references.All(r =>
            {
                var expected = review.Status == ContractReviewStatus.Approved && review.Round == r.Round;
                return AccountDecider.Instance.Decide(new WinAccount(r), closing, context).IsAccepted == expected
                    && NegotiationPlanDecider.Instance.Decide(new AttachContractReview(r), agreement, context).IsAccepted == expected;
            }).Label($"{references.Count} reference(s), review {review.Status} in round {review.Round}");
        });

    private static AccountState ClosingState { get; } = Closing(Approved).State;

    private static NegotiationPlan AgreementState { get; } = Plans.InAgreement;
}
