using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>A command to a proposal (提案, KAM-02, KAM-03).</summary>
public abstract record ProposalCommand
{
    private protected ProposalCommand()
    {
    }
}

/// <summary>Drafts a proposal for an account: revision 1 (需求分析与方案设计, KAM-03).</summary>
/// <param name="Proposal">The proposal.</param>
/// <param name="Account">The account it is for.</param>
/// <param name="Title">The proposal's title; not empty.</param>
/// <param name="Summary">The solution designed for the customer; may be completed while in draft.</param>
/// <param name="Plan">The negotiation plan it is negotiated under, if any (section 2).</param>
public sealed record DraftProposal(ProposalId Proposal, AccountId Account, string Title, string Summary, NegotiationPlanId? Plan = null) : ProposalCommand;

/// <summary>Rewrites the solution of the revision in draft; a submitted revision is not changed (KAM-03).</summary>
/// <param name="Summary">The solution; not empty.</param>
public sealed record ReviseProposalSummary(string Summary) : ProposalCommand;

/// <summary>Answers one recorded need of the account with a solution, replacing an earlier answer (KAM-02).</summary>
/// <param name="Need">The need, as the account records it; not empty.</param>
/// <param name="Solution">How the proposal meets it; not empty.</param>
public sealed record AnswerNeed(string Need, string Solution) : ProposalCommand;

/// <summary>Marks one recorded need of the account out of the proposal's scope, with the reason (KAM-02).</summary>
/// <param name="Need">The need, as the account records it; not empty.</param>
/// <param name="Reason">Why the proposal does not answer it; not empty.</param>
public sealed record MarkNeedOutOfScope(string Need, string Reason) : ProposalCommand;

/// <summary>Approves the revision in draft internally (内部审批) before it is submitted (KAM-03).</summary>
/// <param name="Approver">Who approves it.</param>
public sealed record ApproveProposal(ActorId Approver) : ProposalCommand;

/// <summary>Submits the approved revision to the customer (提案提交). The decision reads the account's state from the
/// context (GEN-11): every need recorded on it must be answered or out of scope (KAM-02).</summary>
public sealed record SubmitProposal : ProposalCommand;

/// <summary>Opens negotiation on the submitted revision (KAM-03).</summary>
/// <param name="Plan">The negotiation plan, if any; replaces the one named at drafting.</param>
public sealed record NegotiateProposal(NegotiationPlanId? Plan = null) : ProposalCommand;

/// <summary>Starts a new revision from the latest submitted one, back in draft: the submitted revision stays as it
/// was (KAM-03).</summary>
/// <param name="Reason">Why it is revised (the customer's feedback, the negotiation); not empty.</param>
public sealed record StartProposalRevision(string Reason) : ProposalCommand;

/// <summary>Records the customer's acceptance of a submitted revision: the latest one only (KAM-03).</summary>
/// <param name="Revision">The revision accepted.</param>
/// <param name="Signatory">The customer's signatory; not empty.</param>
public sealed record AcceptProposal(int Revision, string Signatory) : ProposalCommand;

/// <summary>Records the customer's rejection of the proposal (KAM-03).</summary>
/// <param name="Reason">Why; not empty.</param>
public sealed record RejectProposal(string Reason) : ProposalCommand;

/// <summary>Withdraws the proposal (KAM-03).</summary>
/// <param name="Reason">Why; not empty.</param>
public sealed record WithdrawProposal(string Reason) : ProposalCommand;
