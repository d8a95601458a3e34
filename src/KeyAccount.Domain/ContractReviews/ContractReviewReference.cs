using System.Text.Json.Serialization;
using NodaTime;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>
/// The reference of an approved contract review (合同评审): what winning an account (ACC-07) and signing a
/// negotiated agreement (NEG-09) require. One type for both, so a host passes the same value on.
/// </summary>
/// <remarks>
/// <para>It can be had only from the approved review itself (<see cref="ContractReviewState.Reference"/>, null unless the
/// review is approved): it has no public constructor and no settable property. It states what it was derived from: the
/// review, the contract's serial number in its register, the day of approval and the round of review that approved it,
/// so an audit can trace the signature back to the review.</para>
/// <para>A reference is a claim, not the evidence (GEN-11): one read back from an event or from a host's JSON is never
/// trusted. ACC-07 and NEG-09 check it against the review's state, which the host supplies with
/// <see cref="Decisions.DecisionContext.WithSource{TState}"/> for the review's stream
/// (<see cref="ContractReviewAggregate.StreamOf"/>). An amendment re-opens the review in a later round (CR-05): a
/// reference from an earlier round is then stale, and the review gives a fresh one once approved again.</para>
/// </remarks>
public sealed record ContractReviewReference
{
    [JsonConstructor]
    internal ContractReviewReference(ContractReviewId review, long serialNumber, LocalDate approvedOn, int round)
    {
        Review = review;
        SerialNumber = serialNumber;
        ApprovedOn = approvedOn;
        Round = round;
    }

    /// <summary>Gets the contract review.</summary>
    public ContractReviewId Review { get; }

    /// <summary>Gets the contract's serial number in its register (流水号, CR-01).</summary>
    public long SerialNumber { get; }

    /// <summary>Gets the day the review was approved.</summary>
    public LocalDate ApprovedOn { get; }

    /// <summary>Gets the round of review that approved it (<see cref="ContractReviewState.Round"/>): 1 for the first review,
    /// one more after each amendment (CR-05).</summary>
    public int Round { get; }
}
