using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The proposal aggregate (提案, KAM-02, KAM-03): its definition, event wire names and stream naming.</summary>
public static class ProposalAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<ProposalCommand, ProposalEvent, ProposalState, ProposalStatus> Definition { get; } = AggregateDefinition.Of(
        "proposal",
        ProposalDecider.Instance,
        EventCatalog<ProposalEvent>.FromDerivedTypes(AccountManagementJsonContext.Shared));

    /// <summary>Gets the stream a proposal's events are kept in.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <returns>The stream <c>proposal-{id}</c>.</returns>
    public static StreamId StreamOf(ProposalId proposal) => Definition.StreamOf(proposal);
}
