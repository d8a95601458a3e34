using System;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>
/// GEN-11 for the approved contract review that ACC-07 and NEG-09 rely on: a <see cref="ContractReviewReference"/> is
/// checked against the review's state the host supplied (<see cref="DecisionContext.WithSource{TState}"/> with
/// <see cref="ContractReviewAggregate.StreamOf"/>), never taken on its word; and a withdrawal (CR-05) is accepted only
/// when that state no longer bears the reference out.
/// </summary>
internal static class ContractReviewEvidence
{
    /// <summary>What the source is, as rejections name it.</summary>
    internal const string What = "contract review";

    /// <summary>Why a review's state does not bear a reference out, when it does not.</summary>
    internal const string DifferentReview = "different_review";

    /// <summary>The review is another customer's.</summary>
    internal const string OtherAccount = "other_account";

    /// <summary>The review was amended after the approval the reference names (CR-05): the reference is stale.</summary>
    internal const string AmendedSince = "amended_since";

    /// <summary>The review is not approved.</summary>
    internal const string NotApproved = "not_approved";

    /// <summary>The review was approved, but not as the reference says (another day or round).</summary>
    internal const string DifferentApproval = "different_approval";

    /// <summary>A withdrawal whose review still approves the relied-on round.</summary>
    internal const string StillApproved = "still_approved";

    /// <summary>Checks a reference against the review's state from the context (GEN-11).</summary>
    /// <param name="context">The decision's context.</param>
    /// <param name="reference">The reference the command carries or the aggregate relies on.</param>
    /// <param name="account">The account the relying aggregate belongs to.</param>
    /// <returns>Null when the review's state bears the reference out; otherwise the GEN-11 rejection.</returns>
    internal static RuleViolation? Check(DecisionContext context, ContractReviewReference reference, AccountId account)
    {
        var stream = ContractReviewAggregate.StreamOf(reference.Review);
        if (!Evidence.TryGet<ContractReviewState>(context, What, stream, out var review, out var refusal))
        {
            return refusal;
        }

        return ReasonAgainst(review, reference, account) is { } reason ? Evidence.NotBorneOut(What, stream, reason) : null;
    }

    /// <summary>Checks that a withdrawal is borne out (CR-05, GEN-11): the review's state from the context no longer
    /// approves the round the aggregate relies on.</summary>
    /// <param name="context">The decision's context.</param>
    /// <param name="reliedOn">The reference the aggregate relies on.</param>
    /// <param name="account">The account the relying aggregate belongs to.</param>
    /// <returns>Null when the withdrawal is borne out; otherwise the GEN-11 rejection.</returns>
    internal static RuleViolation? CheckWithdrawal(DecisionContext context, ContractReviewReference reliedOn, AccountId account)
    {
        var stream = ContractReviewAggregate.StreamOf(reliedOn.Review);
        if (!Evidence.TryGet<ContractReviewState>(context, What, stream, out var review, out var refusal))
        {
            return refusal;
        }

        return ReasonAgainst(review, reliedOn, account) switch
        {
            null => Evidence.NotBorneOut(What, stream, StillApproved),
            AmendedSince or NotApproved => null,
            var other => Evidence.NotBorneOut(What, stream, other),
        };
    }

    /// <summary>
    /// Decides the withdrawal of the approval an aggregate relies on (CR-05, GEN-11): refused for a review it does not rely
    /// on; nothing to record when already withdrawn (a repeat); otherwise recorded once the review's state from the
    /// context bears the withdrawal out.
    /// </summary>
    /// <typeparam name="TEvent">The relying aggregate's event type.</typeparam>
    /// <param name="context">The decision's context.</param>
    /// <param name="review">The review whose approval is withdrawn.</param>
    /// <param name="reliedOn">The reference the aggregate relies on, if any.</param>
    /// <param name="withdrawn">Whether the aggregate has already recorded the withdrawal of that reference.</param>
    /// <param name="account">The account the relying aggregate belongs to.</param>
    /// <param name="notReliedOn">The family's CR-05 rejection of a review the aggregate does not rely on.</param>
    /// <param name="record">The family's event recording the withdrawal of the relied-on reference.</param>
    /// <returns>The decision.</returns>
    internal static Decision<TEvent> Withdraw<TEvent>(
        DecisionContext context, ContractReviewId review, ContractReviewReference? reliedOn, bool withdrawn, AccountId account,
        RuleViolation notReliedOn, Func<ContractReviewReference, TEvent> record)
    {
        if (reliedOn is null || reliedOn.Review != review)
        {
            return notReliedOn;
        }

        if (withdrawn)
        {
            return Decision<TEvent>.Accept();
        }

        return CheckWithdrawal(context, reliedOn, account) is { } refusal ? refusal : Decision<TEvent>.Accept(record(reliedOn));
    }

    /// <summary>Returns why a review's state does not bear a reference out, or null when it does: the same review and
    /// serial number, the same customer, approved now in the round the reference names.</summary>
    /// <param name="review">The review's state.</param>
    /// <param name="reference">The reference.</param>
    /// <param name="account">The account the relying aggregate belongs to.</param>
    /// <returns>The reason, or null.</returns>
    internal static string? ReasonAgainst(ContractReviewState review, ContractReviewReference reference, AccountId account)
    {
        if (!review.IsOpened || review.Review != reference.Review || review.SerialNumber != reference.SerialNumber)
        {
            return DifferentReview;
        }

        if (review.Account != account)
        {
            return OtherAccount;
        }

        if (review.Round > reference.Round)
        {
            return AmendedSince;
        }

        if (review.Status != ContractReviewStatus.Approved)
        {
            return NotApproved;
        }

        return review.Round == reference.Round && review.ApprovedOn == reference.ApprovedOn ? null : DifferentApproval;
    }
}
