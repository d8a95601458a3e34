using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The lifecycle of a proposal as data (GEN-05); <c>docs/diagrams/proposal.*</c> is generated from it. Only a
/// revision in draft is edited, so changing a submitted revision is a <see cref="Decisions.TransitionNotAllowed"/> with
/// rule KAM-03; a change after submission starts a new revision.</summary>
internal static class ProposalLifecycle
{
    private static readonly ProposalStatus[] Open = [ProposalStatus.Draft, ProposalStatus.Approved, ProposalStatus.Submitted, ProposalStatus.Negotiating];
    private static readonly ProposalStatus[] WithCustomer = [ProposalStatus.Submitted, ProposalStatus.Negotiating];

    /// <summary>Gets the table.</summary>
    public static Lifecycle<ProposalStatus, ProposalTrigger> Table { get; } =
        Lifecycle.Define<ProposalStatus, ProposalTrigger>("proposal", ProposalStatus.None, "KAM-03")
            .Permit(ProposalStatus.None, ProposalTrigger.Draft, ProposalStatus.Draft, "KAM-03")
            .Permit(ProposalStatus.Draft, ProposalTrigger.Edit, ProposalStatus.Draft, "KAM-02", "KAM-03")
            .Permit(ProposalStatus.Draft, ProposalTrigger.Approve, ProposalStatus.Approved, "KAM-03")
            .Permit(ProposalStatus.Approved, ProposalTrigger.Submit, ProposalStatus.Submitted, "KAM-02")
            .Permit(ProposalStatus.Submitted, ProposalTrigger.Negotiate, ProposalStatus.Negotiating, "KAM-03")
            .PermitFromEach(WithCustomer, ProposalTrigger.Revise, ProposalStatus.Draft, "KAM-03")
            .PermitFromEach(WithCustomer, ProposalTrigger.Accept, ProposalStatus.Accepted, "KAM-03")
            .PermitFromEach(WithCustomer, ProposalTrigger.Reject, ProposalStatus.Rejected, "KAM-03")
            .PermitFromEach(Open, ProposalTrigger.Withdraw, ProposalStatus.Withdrawn, "KAM-03")
            .Build();
}

/// <summary>The triggers of the proposal lifecycle.</summary>
internal enum ProposalTrigger
{
    /// <summary>The proposal is drafted.</summary>
    Draft,

    /// <summary>The revision in draft is changed: its solution or an answer to a need.</summary>
    Edit,

    /// <summary>The revision in draft is approved internally.</summary>
    Approve,

    /// <summary>The approved revision is submitted.</summary>
    Submit,

    /// <summary>Negotiation on the submitted revision begins.</summary>
    Negotiate,

    /// <summary>A new revision is started from the submitted one.</summary>
    Revise,

    /// <summary>The customer accepts.</summary>
    Accept,

    /// <summary>The customer rejects.</summary>
    Reject,

    /// <summary>The proposal is withdrawn.</summary>
    Withdraw,
}
