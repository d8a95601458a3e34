namespace KeyAccount.Domain.AccountManagement;

/// <summary>The states of a proposal (提案, KAM-03): the rows of the proposal's lifecycle.</summary>
public enum ProposalStatus
{
    /// <summary>Not yet drafted: the proposal does not exist.</summary>
    None,

    /// <summary>A revision is being written: its solution and its answers to the recorded needs may change.</summary>
    Draft,

    /// <summary>The revision in draft was approved internally and is ready to submit.</summary>
    Approved,

    /// <summary>The revision was submitted to the customer and is immutable.</summary>
    Submitted,

    /// <summary>The submitted revision is being negotiated.</summary>
    Negotiating,

    /// <summary>The customer accepted the latest submitted revision. Terminal.</summary>
    Accepted,

    /// <summary>The customer rejected the proposal. Terminal.</summary>
    Rejected,

    /// <summary>Withdrawn. Terminal.</summary>
    Withdrawn,
}
