namespace KeyAccount.Domain.ContractReviews;

/// <summary>The states of a contract review (合同评审) (<see cref="ContractReviewLifecycle"/>).</summary>
public enum ContractReviewStatus
{
    /// <summary>Not yet opened: no review exists for the registered contract.</summary>
    None,

    /// <summary>Registered with its serial number; requirements are being determined (CR-01, CR-02).</summary>
    Registered,

    /// <summary>Under review: verdicts are recorded, differences and objections resolved (CR-03, CR-04).</summary>
    UnderReview,

    /// <summary>Approved: the contract may be fulfilled and its <see cref="ContractReviewReference"/> used (CR-06).</summary>
    Approved,

    /// <summary>Rejected: the contract is not accepted. Terminal.</summary>
    Rejected,
}
