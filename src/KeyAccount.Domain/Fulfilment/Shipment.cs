using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>A shipment recorded against a contract line (DLV-03), with its lateness (DLV-04).</summary>
/// <param name="Number">Its number within the fulfilment, 1, 2, …</param>
/// <param name="Line">The contract line shipped.</param>
/// <param name="Quantity">The quantity shipped; positive.</param>
/// <param name="ShippedOn">The day it left.</param>
/// <param name="Workshop">The workshop (车间) that produced it; null for a shipment from stock.</param>
/// <param name="DaysLate">Calendar days after the line's delivery date; 0 when on time.</param>
public sealed record Shipment(int Number, int Line, int Quantity, LocalDate ShippedOn, string? Workshop, int DaysLate)
{
    /// <summary>Gets whether the shipment left on or before the line's delivery date.</summary>
    public bool OnTime => DaysLate == 0;
}
