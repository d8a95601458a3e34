using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>A shipment that left after its line's contractual delivery date (DLV-04).</summary>
/// <param name="Order">The fulfilment.</param>
/// <param name="Review">The contract's review.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Shipment">The shipment's number within the fulfilment.</param>
/// <param name="Line">The contract line.</param>
/// <param name="Workshop">The workshop that produced it; null from stock.</param>
/// <param name="ShippedOn">The day it left.</param>
/// <param name="DaysLate">Calendar days after the delivery date.</param>
public sealed record LateShipment(FulfilmentOrderId Order, ContractReviewId Review, AccountId Account, int Shipment, int Line, string? Workshop, LocalDate ShippedOn, int DaysLate);
