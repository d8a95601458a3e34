using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>The matched payments of one site and day taken through one channel in one currency (REC-02).</summary>
/// <param name="Channel">The payment channel.</param>
/// <param name="Currency">The currency.</param>
/// <param name="Count">The number of matched payments.</param>
/// <param name="AmountMinor">Their total in minor units.</param>
public readonly record struct ChannelTotal(PaymentChannel Channel, CurrencyCode Currency, int Count, long AmountMinor)
{
    /// <summary>Gets the total as money.</summary>
    public Money Amount => MinorUnits.ToMoney(AmountMinor, Currency);
}
