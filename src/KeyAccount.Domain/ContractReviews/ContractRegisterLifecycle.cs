using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>The contract register lifecycle as data; <c>docs/diagrams/contract-register.*</c> is generated from it.</summary>
internal static class ContractRegisterLifecycle
{
    /// <summary>Gets the table: the first registration opens the register, every later one keeps it open (CR-01).</summary>
    public static Lifecycle<ContractRegisterStatus, ContractRegisterTrigger> Table { get; } =
        Lifecycle.Define<ContractRegisterStatus, ContractRegisterTrigger>("contract-register", ContractRegisterStatus.None, "CR-01")
            .Permit(ContractRegisterStatus.None, ContractRegisterTrigger.Register, ContractRegisterStatus.Open, "CR-01")
            .Permit(ContractRegisterStatus.Open, ContractRegisterTrigger.Register, ContractRegisterStatus.Open, "CR-01")
            .Build();
}

/// <summary>The triggers of the contract register lifecycle.</summary>
internal enum ContractRegisterTrigger
{
    /// <summary>A written contract is registered and receives the next serial number (CR-01).</summary>
    Register,
}
