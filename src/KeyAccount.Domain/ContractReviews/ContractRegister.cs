using System.Collections.Immutable;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>A command to a contract register (合同登记簿).</summary>
public abstract record ContractRegisterCommand
{
    private protected ContractRegisterCommand()
    {
    }
}

/// <summary>
/// Registers a written contract (书面合同, 6.2.1) in the register: it receives the next serial number (流水号, CR-01).
/// </summary>
/// <param name="Review">The contract review that will review this contract; one number per review.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Title">The contract's title or the customer's order number as written on it; trimmed, not empty.</param>
public sealed record RegisterContract(ContractReviewId Review, AccountId Account, string Title) : ContractRegisterCommand;

/// <summary>An event of a contract register.</summary>
public abstract record ContractRegisterEvent
{
    private protected ContractRegisterEvent()
    {
    }
}

/// <summary>A contract was registered with a serial number (CR-01).</summary>
/// <param name="Review">The contract review of the contract.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Title">The contract's title.</param>
/// <param name="SerialNumber">The serial number: one more than the last one issued by this register, starting at 1.</param>
/// <param name="RegisteredOn">The business day of registration.</param>
public sealed record ContractRegistered(ContractReviewId Review, AccountId Account, string Title, long SerialNumber, LocalDate RegisteredOn) : ContractRegisterEvent;

/// <summary>
/// The state of a contract register: the last serial number issued and the number of each registered contract.
/// </summary>
/// <param name="LastSerialNumber">The last number issued; 0 before the first registration.</param>
/// <param name="SerialNumbers">The serial number of each registered contract review.</param>
public sealed record ContractRegisterState(long LastSerialNumber, ImmutableDictionary<ContractReviewId, long> SerialNumbers)
{
    /// <summary>Gets the state of a register in which nothing is registered yet.</summary>
    public static ContractRegisterState Empty { get; } = new(0, ImmutableDictionary<ContractReviewId, long>.Empty);
}
