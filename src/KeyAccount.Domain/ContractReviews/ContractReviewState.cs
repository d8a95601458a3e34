using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>A department's verdict on the review form (CR-03).</summary>
/// <param name="Department">The department.</param>
/// <param name="Feasible">Whether it can meet the requirements.</param>
/// <param name="Remarks">Its remarks.</param>
/// <param name="RecordedOn">The business day.</param>
public sealed record DepartmentVerdict(Department Department, bool Feasible, string Remarks, LocalDate RecordedOn);

/// <summary>A difference or objection raised during review (CR-04).</summary>
/// <param name="Number">Its number within the review.</param>
/// <param name="Kind">Difference or objection.</param>
/// <param name="Description">What it is.</param>
/// <param name="Resolution">How it was cleared; null while open.</param>
public sealed record ReviewIssue(int Number, ReviewIssueKind Kind, string Description, string? Resolution)
{
    /// <summary>Gets whether the issue is still open.</summary>
    public bool IsOpen => Resolution is null;
}

/// <summary>The state of a contract review, evolved from its events.</summary>
/// <param name="IsOpened">Whether the review exists (false before <see cref="ContractReviewOpened"/>).</param>
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
    bool IsOpened,
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
    /// <summary>Gets the state before the review is opened.</summary>
    public static ContractReviewState NotOpened { get; } = new(
        false, default, default, 0, default, ContractReviewStatus.Registered, ContractRequirements.None, ReviewRoute.Standard,
        [], ImmutableDictionary<Department, DepartmentVerdict>.Empty, [], null, null, null, 0);

    /// <summary>
    /// Gets the reference of the approved review that winning the account (ACC-07) and signing the negotiated agreement
    /// (NEG-09) require; null unless the review is <see cref="ContractReviewStatus.Approved"/>.
    /// </summary>
    public ContractReviewReference? Reference =>
        Status == ContractReviewStatus.Approved && ApprovedOn is { } on ? new ContractReviewReference(Review, SerialNumber, on) : null;

    /// <summary>Gets the issues still open.</summary>
    public ImmutableList<ReviewIssue> OpenIssues => Issues.Where(i => i.IsOpen).ToImmutableList();

    /// <summary>Gets the departments that took part in the review so far: sales, every department with a verdict and the approver.</summary>
    public ImmutableArray<Department> Reviewers =>
        [.. new[] { Department.Sales }.Concat(Verdicts.Keys).Concat(ApprovedBy is { } a ? [a] : []).Distinct().Order()];
}
