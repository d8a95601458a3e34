using System.Collections.Immutable;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The state of a proposal, evolved by <see cref="ProposalDecider"/> (KAM-02, KAM-03).</summary>
/// <param name="Proposal">The proposal.</param>
/// <param name="Account">The account it is for.</param>
/// <param name="Title">The title.</param>
/// <param name="Plan">The negotiation plan, if any.</param>
/// <param name="Status">The lifecycle state; <see cref="ProposalStatus.None"/> before drafting.</param>
/// <param name="Revision">The number of the revision being written or last submitted, from 1.</param>
/// <param name="Summary">The solution of the current revision.</param>
/// <param name="Responses">The current revision's answers to recorded needs, one per need, in the order first answered.</param>
/// <param name="ApprovedBy">Who approved the current revision; null until approved.</param>
/// <param name="Submitted">Every submitted revision, oldest first; each is immutable.</param>
/// <param name="Signatory">The customer's signatory once accepted.</param>
/// <param name="ClosingReason">Why it was rejected or withdrawn; empty otherwise.</param>
public sealed record ProposalState(
    ProposalId Proposal,
    AccountId Account,
    string Title,
    NegotiationPlanId? Plan,
    ProposalStatus Status,
    int Revision,
    string Summary,
    ImmutableList<NeedResponse> Responses,
    ActorId? ApprovedBy,
    ImmutableList<ProposalRevision> Submitted,
    string? Signatory,
    string ClosingReason)
{
    /// <summary>Gets the state before drafting.</summary>
    public static ProposalState NotDrafted { get; } = new(default, default, string.Empty, null, ProposalStatus.None, 0, string.Empty, [], null, [], null, string.Empty);

    /// <summary>Gets whether the proposal was drafted.</summary>
    public bool IsDrafted => Status != ProposalStatus.None;

    /// <summary>Gets the latest submitted revision, the only one the customer can accept; null before the first submission.</summary>
    public ProposalRevision? LatestSubmitted => Submitted.IsEmpty ? null : Submitted[^1];

    /// <inheritdoc />
    public bool Equals(ProposalState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
