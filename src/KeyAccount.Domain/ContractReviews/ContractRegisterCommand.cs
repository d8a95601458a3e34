using KeyAccount.Domain.Accounts;

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
