using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>The state of a contract review, evolved by <see cref="ContractReviewDecider"/>.</summary>
/// <param name="Review">The review.</param>
/// <param name="Register">The register that numbered the contract.</param>
/// <param name="SerialNumber">The contract's serial number.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Status">The lifecycle state.</param>
/// <param name="Requirements">The requirements as last determined or amended.</param>
/// <param name="Route">The route fixed when the review started (or re-opened).</param>
/// <param name="RequiredVerdicts">The departments whose verdicts approval needs.</param>
/// <param name="Verdicts">The latest verdict of each department in the current round of review.</param>
/// <param name="Issues">The differences and objections, in the order raised.</param>
/// <param name="ApprovedBy">The approving department of the current approval.</param>
/// <param name="ApprovedOn">The day of the current approval.</param>
/// <param name="Fulfilment">The fulfilment decided since the current approval.</param>
/// <param name="Amendments">How many times the contract was amended.</param>
public sealed record ContractReviewState(
    ContractReviewId Review,
    ContractRegisterId Register,
    long SerialNumber,
    AccountId Account,
    ContractReviewStatus Status,
    ContractRequirements Requirements,
    ReviewRoute Route,
    ImmutableArray<Department> RequiredVerdicts,
    ImmutableDictionary<Department, DepartmentVerdict> Verdicts,
    ImmutableList<ReviewIssue> Issues,
    Department? ApprovedBy,
    LocalDate? ApprovedOn,
    FulfilmentRoute? Fulfilment,
    int Amendments)
{
    /// <inheritdoc />
    public bool Equals(ContractReviewState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the state before the review is opened.</summary>
    public static ContractReviewState NotOpened { get; } = new(
        default, default, 0, default, ContractReviewStatus.None, ContractRequirements.None, ReviewRoute.Standard,
        [], ImmutableDictionary<Department, DepartmentVerdict>.Empty, [], null, null, null, 0);

    /// <summary>Gets whether the review exists (false before <see cref="ContractReviewOpened"/>).</summary>
    public bool IsOpened => Status != ContractReviewStatus.None;

    /// <summary>
    /// Gets the reference of the approved review that winning the account (ACC-07) and signing the negotiated agreement
    /// (NEG-09) require; null unless the review is <see cref="ContractReviewStatus.Approved"/>.
    /// </summary>
    /// <remarks>The reference names the review, its serial number, the day of approval and the <see cref="Round"/>; after
    /// an amendment (CR-05) it is null until the review is approved again, and the new one names the later round.</remarks>
    public ContractReviewReference? Reference =>
        Status == ContractReviewStatus.Approved && ApprovedOn is { } on ? new ContractReviewReference(Review, SerialNumber, on, Round) : null;

    /// <summary>Gets the round of review: 1 for the first review, one more after each amendment (CR-05). An approval
    /// belongs to the round in which it was given.</summary>
    public int Round => Amendments + 1;

    /// <summary>Gets the issues still open.</summary>
    public ImmutableList<ReviewIssue> OpenIssues => Issues.Where(i => i.IsOpen).ToImmutableList();

    /// <summary>Gets the departments that took part in the review so far: sales, every department with a verdict and the approver.</summary>
    public ImmutableArray<Department> Reviewers =>
        [.. new[] { Department.Sales }.Concat(Verdicts.Keys).Concat(ApprovedBy is { } a ? [a] : []).Distinct().Order()];
}
