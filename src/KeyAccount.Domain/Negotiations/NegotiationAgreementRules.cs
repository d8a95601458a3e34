using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Decisions;
using static KeyAccount.Domain.Negotiations.NegotiationMessages;
using static KeyAccount.Domain.Negotiations.NegotiationRules;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The rules from the preliminary agreement to closing (NEG-08 … NEG-11): minutes, the contract review, signing, follow-up, closing and outcomes.</summary>
internal static class NegotiationAgreementRules
{
    // NEG-08: consensus, the items not agreed (every deferred item among them) each with a follow-up action, the
    // action of every question deferred in the information exchange, and every follow-up action described, owned and
    // due no earlier than today.
    internal static Decision<NegotiationEvent> RecordMinutes(RecordMinutes c, NegotiationPlan state, DecisionContext context)
    {
        var m = Preconditions.CheckNotNull(c.Minutes);
        var consensus = NonBlank(m.Consensus);
        var notAgreed = m.NotAgreed.IsDefault ? [] : m.NotAgreed.Select(u => u with { Subject = Clean(u.Subject) }).ToImmutableArray();
        var followUps = m.FollowUps.IsDefault ? [] : m.FollowUps.Select(f => f with { Description = Clean(f.Description) }).ToImmutableArray();
        var missing = new List<MissingRequirement>();
        if (consensus.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.consensus"));
        }

        foreach (var item in notAgreed.Where(u => !followUps.Any(f => f.Id == u.FollowUp)))
        {
            missing.Add(Missing("negotiation.missing.unresolved_follow_up", new ErrorDetail("subject", item.Subject)));
        }

        var deferred = state.Agenda.Where(a => a.Settlement == Settlement.Deferred).Select(a => a.Item.Title)
            .Concat(state.Disputes.Where(d => d.Settlement == Settlement.Deferred).Select(d => d.Subject));
        foreach (var subject in deferred.Where(s => !notAgreed.Any(u => u.Subject == s)))
        {
            missing.Add(Missing("negotiation.missing.deferred_not_listed", new ErrorDetail("subject", subject)));
        }

        // A question deferred during the information exchange (NEG-13) is pursued by the action it was deferred to: the
        // minutes carry that action (its description, owner and due date may be brought up to date).
        foreach (var question in state.Questions.Where(q => q.FollowUp is { } f && !followUps.Any(a => a.Id == f.Id)))
        {
            missing.Add(Missing("negotiation.missing.deferred_question_follow_up", new ErrorDetail("question", question.Text)));
        }

        foreach (var action in followUps)
        {
            if (action.Description.Length == 0)
            {
                missing.Add(Missing("negotiation.missing.follow_up_description", new ErrorDetail("action", action.Id)));
            }
            else if (action.Due < context.Today)
            {
                missing.Add(Missing("negotiation.missing.follow_up_due_past", new ErrorDetail("description", action.Description), new ErrorDetail("due", action.Due)));
            }
        }

        if (followUps.Select(f => f.Id).Distinct().Count() != followUps.Length)
        {
            missing.Add(Missing("negotiation.missing.follow_up_repeated"));
        }

        return missing.Count == 0
            ? Accept(new MinutesRecorded(new Minutes(consensus, notAgreed, followUps)))
            : Gate("NEG-08", "negotiation.minutes_incomplete", missing);
    }

    // GEN-11 first: the reference must be borne out by the review's state from the context; then NEG-09: the review
    // must already be approved on the day of the decision.
    internal static Decision<NegotiationEvent> AttachReview(AttachContractReview c, NegotiationPlan state, DecisionContext context)
    {
        if (c.Review is null)
        {
            return Violation("NEG-09", "negotiation.contract_review_missing");
        }

        if (ContractReviewEvidence.Check(context, c.Review, state.Account) is { } refusal)
        {
            return refusal;
        }

        return c.Review.ApprovedOn > context.Today
            ? Violation("NEG-09", "negotiation.contract_review_not_yet_approved", new ErrorDetail("approvedOn", c.Review.ApprovedOn))
            : Accept(new ContractReviewAttached(c.Review));
    }

    // CR-05: only the attached review; a repeat records nothing; GEN-11: the review must show the amendment.
    internal static Decision<NegotiationEvent> WithdrawReview(WithdrawContractReview c, NegotiationPlan state, DecisionContext context) =>
        ContractReviewEvidence.Withdraw<NegotiationEvent>(
            context, c.Review, state.ContractReview, state.ContractReviewWithdrawnOn is not null, state.Account,
            Violation("CR-05", "negotiation.contract_review_not_relied_on", new ErrorDetail("review", c.Review)),
            reliedOn => new ContractReviewWithdrawn(reliedOn.Review, reliedOn.Round, context.Today));

    // NEG-09: an attached review whose approval was not withdrawn (CR-05); GEN-11: still borne out by the review's state.
    internal static RuleViolation? SigningGate(NegotiationPlan s, DecisionContext context) => s.ContractReview switch
    {
        null => Violation("NEG-09", "negotiation.contract_review_missing"),
        _ when s.ContractReviewWithdrawnOn is { } on => Violation("NEG-09", "negotiation.contract_review_withdrawn", new ErrorDetail("withdrawnOn", on)),
        var review => ContractReviewEvidence.Check(context, review, s.Account),
    };

    internal static RuleViolation? FollowUpGate(NegotiationPlan s) =>
        s.Minutes is null ? Violation("NEG-08", "negotiation.minutes_missing") : null;

    private static Decision<NegotiationEvent> FinishFollowUp(FollowUpActionId id, NegotiationPlan state, Func<NegotiationEvent> finish)
    {
        if (state.FollowUps.Find(f => f.Action.Id == id) is not { } progress)
        {
            return Violation("NEG-10", "negotiation.follow_up_unknown", new ErrorDetail("action", id));
        }

        return progress.Status == FollowUpStatus.Pending
            ? Accept(finish())
            : Violation("NEG-10", "negotiation.follow_up_already_finished", new ErrorDetail("description", progress.Action.Description), new ErrorDetail("status", progress.Status));
    }

    internal static Decision<NegotiationEvent> CompleteFollowUp(CompleteFollowUp c, NegotiationPlan state) =>
        FinishFollowUp(c.Action, state, () => new FollowUpCompleted(c.Action, Clean(c.Outcome)));

    // NEG-10: a cancelled follow-up action says why.
    internal static Decision<NegotiationEvent> CancelFollowUp(CancelFollowUp c, NegotiationPlan state) =>
        string.IsNullOrWhiteSpace(c.Reason)
            ? Violation("NEG-10", "negotiation.cancel_reason_required")
            : FinishFollowUp(c.Action, state, () => new FollowUpCancelled(c.Action, c.Reason.Trim()));

    // NEG-10: the plan closes only when nothing is pending.
    internal static RequirementsMissing? ClosingGate(NegotiationPlan s)
    {
        var pending = s.FollowUps.Where(f => f.Status == FollowUpStatus.Pending)
            .Select(f => Missing("negotiation.missing.follow_up_pending", new ErrorDetail("description", f.Action.Description), new ErrorDetail("owner", f.Action.Owner.Value), new ErrorDetail("due", f.Action.Due)))
            .ToList();
        return pending.Count == 0 ? null : Gate("NEG-10", "negotiation.follow_ups_pending", pending);
    }

    // NEG-11: an achieved value is recorded in the objective's unit.
    internal static Decision<NegotiationEvent> RecordOutcome(RecordOutcome c, NegotiationPlan state)
    {
        if (MoneyEntry.Check("outcome", c.Achieved) is { } achieved)
        {
            return achieved;
        }

        if (state.FindObjective(c.Objective) is not { } progress)
        {
            return UnknownObjective("NEG-11", c.Objective);
        }

        return c.Achieved is not null && c.Achieved.IsComparableWith(progress.Objective.Target)
            ? Accept(new OutcomeRecorded(c.Objective, c.Achieved))
            : Violation("NEG-11", "negotiation.outcome_unit_mismatch", new ErrorDetail("metric", progress.Objective.Metric), new ErrorDetail("unit", progress.Objective.Target.Unit));
    }
}
