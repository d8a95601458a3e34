using System;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using static KeyAccount.Domain.Accounts.AccountDecisions;
using static KeyAccount.Domain.Accounts.AccountRejections;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The approval a won account relies on after winning (CR-05, GEN-11): an amendment of its contract withdraws it, and
/// the review's new approval is reconfirmed. Both are checked against the review's state from the context.
/// </summary>
internal static class AccountApprovalRules
{
    // CR-05: only the review the account was won with; a repeat records nothing; GEN-11: the review must show the amendment.
    internal static Decision<AccountEvent> Withdraw(WithdrawContractApproval c, AccountState state, DecisionContext context) =>
        ContractReviewEvidence.Withdraw<AccountEvent>(
            context, c.Review, state.ContractReview, state.ContractApprovalWithdrawnOn is not null, state.Account,
            NotReliedOn(c.Review),
            reliedOn => new ContractApprovalWithdrawn(reliedOn.Review, reliedOn.Round, context.Today));

    // CR-05: the new approval of the same review; GEN-11: borne out by the review's state. The same reference again records nothing.
    internal static Decision<AccountEvent> Reconfirm(ReconfirmContractApproval c, AccountState state, DecisionContext context)
    {
        var reference = c.ContractReview ?? throw new ArgumentException("A contract review reference is required.", nameof(c));
        if (state.ContractReview is not { } reliedOn || reliedOn.Review != reference.Review)
        {
            return NotReliedOn(reference.Review);
        }

        if (ContractReviewEvidence.Check(context, reference, state.Account) is { } refusal)
        {
            return refusal;
        }

        return state.ContractApprovalWithdrawnOn is null && reliedOn == reference
            ? Accept()
            : Accept(new ContractApprovalReconfirmed(reference, context.Today));
    }

    // A withdrawal or reconfirmation names the review the account relies on; any other did not come from this decider (GEN-02).
    internal static AccountState Withdrawn(AccountState state, ContractApprovalWithdrawn e) =>
        state.ContractReview?.Review == e.Review
            ? state with { ContractApprovalWithdrawnOn = e.WithdrawnOn }
            : throw new ArgumentException($"Contract review {e.Review} is not in the account.", nameof(e));

    internal static AccountState Reconfirmed(AccountState state, ContractApprovalReconfirmed e) =>
        state.ContractReview?.Review == e.ContractReview.Review
            ? state with { ContractReview = e.ContractReview, ContractApprovalWithdrawnOn = null }
            : throw new ArgumentException($"Contract review {e.ContractReview.Review} is not in the account.", nameof(e));

    private static RuleViolation NotReliedOn(ContractReviewId review) =>
        Violation("CR-05", "account.contract_review_not_relied_on", new ErrorDetail("review", review));
}
