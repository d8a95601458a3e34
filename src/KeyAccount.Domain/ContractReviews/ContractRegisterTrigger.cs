namespace KeyAccount.Domain.ContractReviews;

/// <summary>The triggers of the contract register lifecycle.</summary>
public enum ContractRegisterTrigger
{
    /// <summary>A written contract is registered and receives the next serial number (CR-01).</summary>
    Register,
}
