using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>The contract review lifecycle as data (GEN-05); <c>docs/diagrams/contract-review.*</c> is generated from it.</summary>
internal static class ContractReviewLifecycle
{
    /// <summary>Gets the table. Opening a review twice names CR-01 (one review per registered contract); every other
    /// illegal move names GEN-05.</summary>
    public static Lifecycle<ContractReviewStatus, ContractReviewTrigger> Table { get; } =
        Lifecycle.Define<ContractReviewStatus, ContractReviewTrigger>("contract-review", ContractReviewStatus.None, "GEN-05")
            .Permit(ContractReviewStatus.None, ContractReviewTrigger.Open, ContractReviewStatus.Registered, "CR-01")
            .Permit(ContractReviewStatus.Registered, ContractReviewTrigger.DetermineRequirements, ContractReviewStatus.Registered, "CR-02")
            .Permit(ContractReviewStatus.Registered, ContractReviewTrigger.StartReview, ContractReviewStatus.UnderReview, "CR-02")
            .Permit(ContractReviewStatus.UnderReview, ContractReviewTrigger.RecordVerdict, ContractReviewStatus.UnderReview, "CR-03")
            .Permit(ContractReviewStatus.UnderReview, ContractReviewTrigger.RaiseIssue, ContractReviewStatus.UnderReview, "CR-04")
            .Permit(ContractReviewStatus.UnderReview, ContractReviewTrigger.ResolveIssue, ContractReviewStatus.UnderReview, "CR-04")
            .Permit(ContractReviewStatus.UnderReview, ContractReviewTrigger.Approve, ContractReviewStatus.Approved, "CR-03", "CR-04")
            .Permit(ContractReviewStatus.UnderReview, ContractReviewTrigger.Reject, ContractReviewStatus.Rejected, "CR-03")
            .Permit(ContractReviewStatus.Approved, ContractReviewTrigger.DecideFulfilment, ContractReviewStatus.Approved, "CR-06")
            .Permit(ContractReviewStatus.Approved, ContractReviewTrigger.Amend, ContractReviewStatus.UnderReview, "CR-02", "CR-05")
            .RefuseWith(ContractReviewTrigger.Open, "CR-01")
            .Build();
}

/// <summary>The triggers of the contract review lifecycle, one per kind of command.</summary>
internal enum ContractReviewTrigger
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
