using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Processes;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>
/// Approvals into their dependents (CR-05, ACC-07, NEG-09), declared as a process (GEN-12): an amendment of a contract
/// withdraws the review's approval from the account it was reviewed for and from every negotiation plan that attached
/// it. Each withdrawal is decided with the review's state after the amendment as evidence (GEN-11), supplied by the
/// process from the review's own stream. The review names its account; which plans attached it only the plans record,
/// so the host supplies them through <see cref="IDependentStreams"/>. An account that does not rely on the review
/// (not won with it) refuses with CR-05, reported and left as it is.
/// </summary>
public static class ContractApprovalProcess
{
    /// <summary>Gets the declaration; <c>docs/diagrams/processes/approvals-into-dependents.mmd</c> is drawn from it.</summary>
    public static ProcessDefinition<ContractReviewCommand, ContractReviewEvent, ContractReviewState> Definition { get; } =
        Process.Define("approvals-into-dependents", ContractReviewAggregate.Definition)
            .On<ContractAmended>(r => r
                .WithSourceState()
                .Send(AccountAggregate.Definition, (_, s) => AccountAggregate.StreamOf(s.Account), (_, s) => new WithdrawContractApproval(s.Review), "CR-05", "ACC-07")
                .SendToDependents(NegotiationPlanAggregate.Definition, (_, s) => new WithdrawContractReview(s.Review), "CR-05", "NEG-09"))
            .Build();
}
