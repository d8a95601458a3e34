namespace KeyAccount.Domain.AccountManagement;

/// <summary>The states of an account plan (KAM-06): the rows of its lifecycle.</summary>
public enum AccountPlanStatus
{
    /// <summary>Not yet set: the plan does not exist.</summary>
    None,

    /// <summary>Set: transactions of its period are recorded.</summary>
    Active,

    /// <summary>Closed after its period. Terminal.</summary>
    Closed,
}
