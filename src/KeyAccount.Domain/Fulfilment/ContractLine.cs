namespace KeyAccount.Domain.Fulfilment;

/// <summary>A line of a contract as it is fulfilled: what, how many, and by when it is to be delivered (DLV-03, DLV-04).</summary>
/// <param name="Number">The line's number within the contract, positive and unique.</param>
/// <param name="Item">The item as the contract names it; not empty.</param>
/// <param name="Quantity">The contracted quantity in the item's unit; positive.</param>
/// <param name="DeliverBy">The contractual delivery date (交货期): a shipment after it is late (DLV-04).</param>
public sealed record ContractLine(int Number, string Item, int Quantity, NodaTime.LocalDate DeliverBy);
