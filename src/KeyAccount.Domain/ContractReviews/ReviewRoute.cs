namespace KeyAccount.Domain.ContractReviews;

/// <summary>Who reviews a contract (CR-03, 6.2.3.1).</summary>
public enum ReviewRoute
{
    /// <summary>A standard product without special requirements (常规产品): the salesperson reviews and signs on the order.</summary>
    Standard,

    /// <summary>Special requirements (特殊要求): production, technical and quality record verdicts on the review form
    /// (合同评审表), then the general manager approves.</summary>
    SpecialRequirements,
}
