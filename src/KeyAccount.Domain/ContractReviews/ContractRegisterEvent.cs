using System.Text.Json.Serialization;
using KeyAccount.Domain.Accounts;
using NodaTime;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>An event of a contract register.</summary>
[JsonDerivedType(typeof(ContractRegistered), "contract_register.registered.v1")]
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
