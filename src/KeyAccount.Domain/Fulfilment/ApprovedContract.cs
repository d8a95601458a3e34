using System.Diagnostics.CodeAnalysis;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>
/// DLV-01 read from the contract review's state (GEN-11): a contract is fulfilled only while its review approves the
/// round the fulfilment relies on. A review back under review after an amendment (CR-05), or approved again in a round
/// not yet adopted, refuses with DLV-01; a reference the review does not bear out at all refuses with GEN-11.
/// </summary>
internal static class ApprovedContract
{
    /// <summary>Gets the review's state when it approves <paramref name="reference"/> now, or the refusal.</summary>
    /// <param name="context">The decision's context.</param>
    /// <param name="reference">The approval relied on.</param>
    /// <param name="account">The fulfilment's account; null to take the review's own (when opening).</param>
    /// <param name="review">The review's state, when it bears the reference out.</param>
    /// <param name="refusal">The refusal otherwise.</param>
    /// <returns>Whether the contract is approved as referenced.</returns>
    public static bool TryGet(
        DecisionContext context, ContractReviewReference reference, AccountId? account,
        [NotNullWhen(true)] out ContractReviewState? review, [NotNullWhen(false)] out RuleViolation? refusal)
    {
        var stream = ContractReviewAggregate.StreamOf(reference.Review);
        if (!Evidence.TryGet(context, ContractReviewEvidence.What, stream, out review, out refusal))
        {
            return false;
        }

        refusal = ContractReviewEvidence.ReasonAgainst(review, reference, account ?? review.Account) switch
        {
            null => null,
            ContractReviewEvidence.AmendedSince when review.Status == ContractReviewStatus.Approved =>
                FulfilmentMessages.Violation("DLV-01", "fulfilment.amendment_not_adopted", new ErrorDetail("round", review.Round), new ErrorDetail("adopted", reference.Round)),
            ContractReviewEvidence.AmendedSince or ContractReviewEvidence.NotApproved =>
                FulfilmentMessages.Violation("DLV-01", "fulfilment.contract_not_approved", new ErrorDetail("status", review.Status)),
            var reason => Evidence.NotBorneOut(ContractReviewEvidence.What, stream, reason),
        };
        if (refusal is not null)
        {
            review = null;
            return false;
        }

        return true;
    }

    /// <summary>Checks that the approval a fulfilment relies on still stands: no new shipment, route or production order
    /// otherwise (DLV-01).</summary>
    /// <param name="context">The decision's context.</param>
    /// <param name="state">The fulfilment.</param>
    /// <returns>Null when it stands; otherwise the refusal.</returns>
    public static RuleViolation? Check(DecisionContext context, FulfilmentOrderState state) =>
        TryGet(context, state.Contract!, state.Account, out _, out var refusal) ? null : refusal;
}
