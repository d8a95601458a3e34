namespace KeyAccount.Domain.ContractReviews;

/// <summary>Where a contract register (合同登记簿) stands (<see cref="ContractRegisterLifecycle"/>).</summary>
public enum ContractRegisterStatus
{
    /// <summary>Not yet opened: the register has issued no serial number.</summary>
    None,

    /// <summary>Open: the register has issued its first serial number and issues the next one to each registration.</summary>
    Open,
}
