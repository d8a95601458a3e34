namespace KeyAccount.Domain.Fulfilment;

/// <summary>The on-time delivery of what one workshop produced, or of shipments from stock, in a period (DLV-04, 5.2).</summary>
/// <param name="Workshop">The workshop (车间); null for shipments from stock.</param>
/// <param name="Rate">Its shipments in the period.</param>
public sealed record WorkshopOnTime(string? Workshop, OnTimeRate Rate);
