using System.Collections.Immutable;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>An event of a proposal (KAM-02, KAM-03).</summary>
[JsonDerivedType(typeof(ProposalDrafted), "proposal.drafted.v1")]
[JsonDerivedType(typeof(ProposalSummaryRevised), "proposal.summary_revised.v1")]
[JsonDerivedType(typeof(NeedResponded), "proposal.need_responded.v1")]
[JsonDerivedType(typeof(ProposalApproved), "proposal.approved.v1")]
[JsonDerivedType(typeof(ProposalSubmitted), "proposal.submitted.v1")]
[JsonDerivedType(typeof(ProposalNegotiationStarted), "proposal.negotiation_started.v1")]
[JsonDerivedType(typeof(ProposalRevisionStarted), "proposal.revision_started.v1")]
[JsonDerivedType(typeof(ProposalAccepted), "proposal.accepted.v1")]
[JsonDerivedType(typeof(ProposalRejected), "proposal.rejected.v1")]
[JsonDerivedType(typeof(ProposalWithdrawn), "proposal.withdrawn.v1")]
public abstract record ProposalEvent
{
    private protected ProposalEvent()
    {
    }
}

/// <summary>A proposal was drafted: revision 1 (<c>proposal.drafted.v1</c>).</summary>
/// <param name="Proposal">The proposal.</param>
/// <param name="Account">The account.</param>
/// <param name="Title">The title, trimmed.</param>
/// <param name="Summary">The solution, trimmed.</param>
/// <param name="Plan">The negotiation plan, if any.</param>
/// <param name="DraftedOn">The business day.</param>
public sealed record ProposalDrafted(ProposalId Proposal, AccountId Account, string Title, string Summary, NegotiationPlanId? Plan, LocalDate DraftedOn) : ProposalEvent;

/// <summary>The solution of the revision in draft was rewritten (<c>proposal.summary_revised.v1</c>).</summary>
/// <param name="Summary">The solution, trimmed.</param>
public sealed record ProposalSummaryRevised(string Summary) : ProposalEvent;

/// <summary>A recorded need was answered or marked out of scope in the revision in draft (<c>proposal.need_responded.v1</c>, KAM-02).</summary>
/// <param name="Response">The response.</param>
public sealed record NeedResponded(NeedResponse Response) : ProposalEvent;

/// <summary>The revision in draft was approved internally (<c>proposal.approved.v1</c>).</summary>
/// <param name="Revision">The revision.</param>
/// <param name="Approver">Who approved it.</param>
/// <param name="ApprovedOn">The business day.</param>
public sealed record ProposalApproved(int Revision, ActorId Approver, LocalDate ApprovedOn) : ProposalEvent;

/// <summary>The approved revision was submitted to the customer; from now on it is immutable (<c>proposal.submitted.v1</c>, KAM-02, KAM-03).</summary>
/// <param name="Revision">The revision.</param>
/// <param name="Summary">The solution as submitted.</param>
/// <param name="Responses">The answer to every recorded need, as submitted.</param>
/// <param name="SubmittedOn">The business day.</param>
public sealed record ProposalSubmitted(int Revision, string Summary, ImmutableArray<NeedResponse> Responses, LocalDate SubmittedOn) : ProposalEvent
{
    /// <inheritdoc />
    public bool Equals(ProposalSubmitted? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>Negotiation on the submitted revision began (<c>proposal.negotiation_started.v1</c>).</summary>
/// <param name="Plan">The negotiation plan, if any.</param>
/// <param name="StartedOn">The business day.</param>
public sealed record ProposalNegotiationStarted(NegotiationPlanId? Plan, LocalDate StartedOn) : ProposalEvent;

/// <summary>A new revision was started from the latest submitted one (<c>proposal.revision_started.v1</c>, KAM-03).</summary>
/// <param name="Revision">The new revision's number.</param>
/// <param name="Reason">Why.</param>
/// <param name="StartedOn">The business day.</param>
public sealed record ProposalRevisionStarted(int Revision, string Reason, LocalDate StartedOn) : ProposalEvent;

/// <summary>The customer accepted the latest submitted revision (<c>proposal.accepted.v1</c>, KAM-03).</summary>
/// <param name="Revision">The revision accepted.</param>
/// <param name="Signatory">The customer's signatory.</param>
/// <param name="AcceptedOn">The business day.</param>
public sealed record ProposalAccepted(int Revision, string Signatory, LocalDate AcceptedOn) : ProposalEvent;

/// <summary>The customer rejected the proposal (<c>proposal.rejected.v1</c>).</summary>
/// <param name="Reason">Why.</param>
/// <param name="RejectedOn">The business day.</param>
public sealed record ProposalRejected(string Reason, LocalDate RejectedOn) : ProposalEvent;

/// <summary>The proposal was withdrawn (<c>proposal.withdrawn.v1</c>).</summary>
/// <param name="Reason">Why.</param>
/// <param name="WithdrawnOn">The business day.</param>
public sealed record ProposalWithdrawn(string Reason, LocalDate WithdrawnOn) : ProposalEvent;
