namespace KeyAccount.Domain.AccountManagement;

/// <summary>The triggers of the account plan lifecycle.</summary>
public enum AccountPlanTrigger
{
    /// <summary>The plan is set.</summary>
    Set,

    /// <summary>A transaction is recorded.</summary>
    RecordTransaction,

    /// <summary>The plan is closed.</summary>
    Close,
}
