namespace KeyAccount.Domain.ContractReviews;

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
