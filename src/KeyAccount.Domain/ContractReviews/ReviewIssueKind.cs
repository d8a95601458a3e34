namespace KeyAccount.Domain.ContractReviews;

/// <summary>The kind of a point to clear before approval (CR-04, 确保任何异议得以澄清).</summary>
public enum ReviewIssueKind
{
    /// <summary>The order differs from requirements stated earlier (e.g. in the quotation or the negotiation).</summary>
    DifferenceFromStatedRequirements,

    /// <summary>The customer objects to a term.</summary>
    CustomerObjection,
}
