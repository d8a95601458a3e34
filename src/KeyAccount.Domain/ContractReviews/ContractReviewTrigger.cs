namespace KeyAccount.Domain.ContractReviews;

/// <summary>The triggers of the contract review lifecycle, one per kind of command.</summary>
public enum ContractReviewTrigger
{
    /// <summary>Open the review of a contract the register has numbered (CR-01).</summary>
    Open,

    /// <summary>Record or correct the requirements (CR-02).</summary>
    DetermineRequirements,

    /// <summary>Start the review once requirements are complete (CR-02).</summary>
    StartReview,

    /// <summary>A department records its verdict on the review form (CR-03).</summary>
    RecordVerdict,

    /// <summary>Record a difference or a customer objection (CR-04).</summary>
    RaiseIssue,

    /// <summary>Resolve a difference or objection (CR-04).</summary>
    ResolveIssue,

    /// <summary>Approve the review (CR-03, CR-04).</summary>
    Approve,

    /// <summary>Reject the review (CR-03).</summary>
    Reject,

    /// <summary>Amend an approved contract, which re-opens its review (CR-05).</summary>
    Amend,

    /// <summary>Decide how the approved order is fulfilled (CR-06).</summary>
    DecideFulfilment,
}
