using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The proposal aggregate (提案, KAM-02, KAM-03): its definition, event wire names and stream naming.</summary>
public static class ProposalAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<ProposalCommand, ProposalEvent, ProposalState, ProposalStatus, ProposalTrigger> Definition { get; } = new(
        "proposal",
        ProposalDecider.Instance,
        EventCatalog<ProposalEvent>.Create()
            .Add("proposal.drafted.v1", AccountManagementJsonContext.Shared.ProposalDrafted)
            .Add("proposal.summary_revised.v1", AccountManagementJsonContext.Shared.ProposalSummaryRevised)
            .Add("proposal.need_responded.v1", AccountManagementJsonContext.Shared.NeedResponded)
            .Add("proposal.approved.v1", AccountManagementJsonContext.Shared.ProposalApproved)
            .Add("proposal.submitted.v1", AccountManagementJsonContext.Shared.ProposalSubmitted)
            .Add("proposal.negotiation_started.v1", AccountManagementJsonContext.Shared.ProposalNegotiationStarted)
            .Add("proposal.revision_started.v1", AccountManagementJsonContext.Shared.ProposalRevisionStarted)
            .Add("proposal.accepted.v1", AccountManagementJsonContext.Shared.ProposalAccepted)
            .Add("proposal.rejected.v1", AccountManagementJsonContext.Shared.ProposalRejected)
            .Add("proposal.withdrawn.v1", AccountManagementJsonContext.Shared.ProposalWithdrawn)
            .Build());

    /// <summary>Gets the stream a proposal's events are kept in.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The stream <c>proposal-{id}</c>.</returns>
    public static StreamId StreamOf(ProposalId proposal) => Definition.StreamOf(proposal);
}
