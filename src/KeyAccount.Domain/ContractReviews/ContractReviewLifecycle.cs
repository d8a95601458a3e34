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
