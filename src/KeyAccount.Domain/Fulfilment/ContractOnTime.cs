using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>The on-time delivery of one contract in a period (DLV-04).</summary>
/// <param name="Review">The contract's review.</param>
/// <param name="SerialNumber">The contract's serial number (流水号).</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Rate">Its shipments in the period.</param>
public sealed record ContractOnTime(ContractReviewId Review, long SerialNumber, AccountId Account, OnTimeRate Rate);
