namespace KeyAccount.Domain.ContractReviews;

/// <summary>The states of a contract review (合同评审): the rows of <see cref="ContractReviewDecider.Lifecycle"/>.</summary>
public enum ContractReviewStatus
{
    /// <summary>Registered with its serial number; requirements are being determined (CR-01, CR-02).</summary>
    Registered,

    /// <summary>Under review: verdicts are recorded, differences and objections resolved (CR-03, CR-04).</summary>
    UnderReview,

    /// <summary>Approved: the contract may be fulfilled and its <see cref="ContractReviewReference"/> used (CR-06).</summary>
    Approved,

    /// <summary>Rejected: the contract is not accepted. Terminal.</summary>
    Rejected,
}

/// <summary>The triggers of the contract review lifecycle, one per kind of command.</summary>
public enum ContractReviewTrigger
{
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

/// <summary>Who reviews a contract (CR-03, 6.2.3.1).</summary>
public enum ReviewRoute
{
    /// <summary>A standard product without special requirements (常规产品): the salesperson reviews and signs on the order.</summary>
    Standard,

    /// <summary>Special requirements (特殊要求): production, technical and quality record verdicts on the review form
    /// (合同评审表), then the general manager approves.</summary>
    SpecialRequirements,
}

/// <summary>The kind of a point to clear before approval (CR-04, 确保任何异议得以澄清).</summary>
public enum ReviewIssueKind
{
    /// <summary>The order differs from requirements stated earlier (e.g. in the quotation or the negotiation).</summary>
    DifferenceFromStatedRequirements,

    /// <summary>The customer objects to a term.</summary>
    CustomerObjection,
}

/// <summary>How an approved order is fulfilled (CR-06, 6.2.3.2).</summary>
public enum FulfilmentRoute
{
    /// <summary>Qualified finished goods in stock cover the order: the salesperson arranges shipment directly (直接安排出货).</summary>
    ShipFromStock,

    /// <summary>Stock does not cover the order: it goes to production planning (生产计划).</summary>
    ProductionPlanning,
}
