namespace KeyAccount.Domain.Fulfilment;

/// <summary>How many shipments left and how many of them on time (DLV-04).</summary>
/// <param name="Shipments">The shipments counted.</param>
/// <param name="OnTime">Those that left on or before their line's delivery date.</param>
public sealed record OnTimeRate(int Shipments, int OnTime)
{
    /// <summary>Gets the share on time, from 0 to 1 rounded to four places; null when nothing shipped.</summary>
    public decimal? Rate => Shipments == 0 ? null : decimal.Round((decimal)OnTime / Shipments, 4, System.MidpointRounding.AwayFromZero);

    /// <summary>Gets the late shipments.</summary>
    public int Late => Shipments - OnTime;
}
