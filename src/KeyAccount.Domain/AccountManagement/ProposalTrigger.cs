namespace KeyAccount.Domain.AccountManagement;

/// <summary>The triggers of the proposal lifecycle.</summary>
public enum ProposalTrigger
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
