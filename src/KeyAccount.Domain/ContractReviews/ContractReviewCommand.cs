using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>A command to a contract review (合同评审).</summary>
/// <remarks>Commands name the acting department where a rule cares who may act; the person is the envelope's actor.</remarks>
public abstract record ContractReviewCommand
{
    private protected ContractReviewCommand()
    {
    }
}

/// <summary>Opens the review of a contract the register has numbered (CR-01). The sales department (销售科) hosts every review.</summary>
/// <remarks>The number is checked against the register's state, which the host supplies with
/// <see cref="Decisions.DecisionContext.WithSource{TState}"/> for <see cref="ContractRegisterAggregate.StreamOf"/> (GEN-11):
/// the register must have issued it to this review.</remarks>
/// <param name="Review">The review; it must be the one the register numbered.</param>
/// <param name="Register">The register that issued the serial number.</param>
/// <param name="SerialNumber">The serial number from <see cref="ContractRegistered"/>; at least 1.</param>
/// <param name="Account">The customer's account.</param>
public sealed record OpenContractReview(ContractReviewId Review, ContractRegisterId Register, long SerialNumber, AccountId Account) : ContractReviewCommand;

/// <summary>Records the requirements as determined so far; may be repeated until the review starts (CR-02).</summary>
/// <param name="Requirements">The requirements; replaces any recorded earlier.</param>
public sealed record DetermineRequirements(ContractRequirements Requirements) : ContractReviewCommand;

/// <summary>Starts the review: allowed only when the requirements are complete (CR-02). Fixes the route (CR-03).</summary>
public sealed record StartReview : ContractReviewCommand;

/// <summary>A department records its verdict on the review form (合同评审表, CR-03).</summary>
/// <param name="Department">Production, technical or quality; only a review with special requirements takes verdicts.</param>
/// <param name="Feasible">Whether the department can meet the requirements.</param>
/// <param name="Remarks">The department's remarks; required when it cannot meet them.</param>
public sealed record RecordVerdict(Department Department, bool Feasible, string Remarks) : ContractReviewCommand;

/// <summary>Records a difference from earlier stated requirements or a customer objection (CR-04).</summary>
/// <param name="Kind">Difference or objection.</param>
/// <param name="Description">What it is; not empty.</param>
public sealed record RaiseReviewIssue(ReviewIssueKind Kind, string Description) : ContractReviewCommand;

/// <summary>Records how an open difference or objection was cleared (CR-04).</summary>
/// <param name="Number">The issue's number within the review (1, 2, …).</param>
/// <param name="Resolution">How it was cleared; not empty.</param>
public sealed record ResolveReviewIssue(int Number, string Resolution) : ContractReviewCommand;

/// <summary>
/// Approves the review: the salesperson signs a standard order; the general manager approves one with special
/// requirements after every verdict (CR-03); no difference or objection may be open (CR-04).
/// </summary>
/// <param name="By">The approving department: <see cref="Department.Sales"/> or <see cref="Department.GeneralManagement"/> by route.</param>
public sealed record ApproveContractReview(Department By) : ContractReviewCommand;

/// <summary>Rejects the contract; by the department that would approve it (CR-03).</summary>
/// <param name="By">The rejecting department.</param>
/// <param name="Reason">Why; not empty.</param>
public sealed record RejectContractReview(Department By, string Reason) : ContractReviewCommand;

/// <summary>Amends an approved contract: the review re-opens and every department that reviewed it is notified (CR-05).</summary>
/// <param name="Requirements">The amended requirements; they must be complete (CR-02).</param>
/// <param name="Summary">What changed; not empty.</param>
public sealed record AmendContract(ContractRequirements Requirements, string Summary) : ContractReviewCommand;

/// <summary>Decides how the approved order is fulfilled from the qualified stock on hand (CR-06).</summary>
/// <param name="QualifiedStockOnHand">Qualified finished goods (合格的成品存货) in stock, in the order's unit; not negative.</param>
public sealed record DecideFulfilment(int QualifiedStockOnHand) : ContractReviewCommand;
