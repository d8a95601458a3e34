using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>
/// The reference of an approved contract review (合同评审): what winning an account (ACC-07) and signing a
/// negotiated agreement (NEG-09) require. One type for both, so a host passes the same value on.
/// </summary>
/// <remarks>Take it from the approved review itself (<see cref="ContractReviewState.Reference"/>, null unless the review
/// is approved); a reference names the review, the contract's serial number in its register and the day of approval, so
/// an audit can trace the signature back to the review. An amendment re-opens the review (CR-05): its state then has no
/// reference until it is approved again, on a later day.</remarks>
/// <param name="Review">The contract review.</param>
/// <param name="SerialNumber">The contract's serial number in its register (流水号, CR-01).</param>
/// <param name="ApprovedOn">The day the review was approved.</param>
public sealed record ContractReviewReference(ContractReviewId Review, long SerialNumber, LocalDate ApprovedOn);
