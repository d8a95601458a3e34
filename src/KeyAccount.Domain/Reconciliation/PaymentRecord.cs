using System;
using System.Runtime.InteropServices;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// One payment taken at a sales site (收款), in the compact form the reconciler reads: 32 bytes, no references,
/// so a day of ten million payments is one contiguous block of memory.
/// </summary>
/// <remarks>
/// <para>The payment refers to its remittance notice (解款通知单) by the notice number. The site is an index into
/// the table of site sales modes passed to <see cref="Reconciler"/>; the business date is a day number
/// (<see cref="DayNumbers"/>); the amount is in minor units (fen 分 for CNY).</para>
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct PaymentRecord
{
    private readonly byte channel;
    private readonly byte collector;

    /// <summary>Creates a payment record.</summary>
    /// <param name="reference">The number of the remittance notice the payment was made against.</param>
    /// <param name="site">The site's index in the table of site sales modes.</param>
    /// <param name="day">The business date as a day number (<see cref="DayNumbers.Of"/>).</param>
    /// <param name="amountMinor">The amount in minor units.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="channel">How the customer paid.</param>
    /// <param name="collector">Who took the money in.</param>
    public PaymentRecord(long reference, int site, int day, long amountMinor, CurrencyCode currency, PaymentChannel channel, Collector collector)
    {
        Reference = reference;
        AmountMinor = amountMinor;
        Site = site;
        Day = day;
        Currency = currency;
        this.channel = (byte)channel;
        this.collector = (byte)collector;
    }

    /// <summary>Gets the number of the remittance notice the payment was made against.</summary>
    public long Reference { get; }

    /// <summary>Gets the amount in minor units (1/100 of the currency unit).</summary>
    public long AmountMinor { get; }

    /// <summary>Gets the site's index in the table of site sales modes.</summary>
    public int Site { get; }

    /// <summary>Gets the business date as a day number.</summary>
    public int Day { get; }

    /// <summary>Gets the currency.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Gets how the customer paid.</summary>
    public PaymentChannel Channel => (PaymentChannel)channel;

    /// <summary>Gets who took the money in.</summary>
    public Collector Collector => (Collector)collector;

    /// <summary>Gets the business date.</summary>
    public LocalDate Date => DayNumbers.ToDate(Day);

    /// <summary>Creates a payment record from domain values.</summary>
    /// <param name="reference">The number of the remittance notice.</param>
    /// <param name="site">The site's index in the table of site sales modes.</param>
    /// <param name="date">The business date.</param>
    /// <param name="amount">The amount; at most two decimal places.</param>
    /// <param name="channel">How the customer paid.</param>
    /// <param name="collector">Who took the money in.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has more than two decimal places or its currency is the default value.</exception>
    public static PaymentRecord Create(long reference, int site, LocalDate date, Money amount, PaymentChannel channel, Collector collector) =>
        new(reference, site, DayNumbers.Of(date), MinorUnits.Of(amount, nameof(amount)), CurrencyCode.Of(amount.Currency), channel, collector);

    /// <summary>Compares the contents in the canonical order (site, day, amount, currency, channel, collector);
    /// among payments with the same reference the smallest is the one reconciled, the others are duplicates.</summary>
    internal static int CompareContent(in PaymentRecord x, in PaymentRecord y)
    {
        var c = x.Site.CompareTo(y.Site);
        if (c != 0)
        {
            return c;
        }

        c = x.Day.CompareTo(y.Day);
        if (c != 0)
        {
            return c;
        }

        c = x.AmountMinor.CompareTo(y.AmountMinor);
        if (c != 0)
        {
            return c;
        }

        c = x.Currency.Value.CompareTo(y.Currency.Value);
        if (c != 0)
        {
            return c;
        }

        c = x.channel.CompareTo(y.channel);
        return c != 0 ? c : x.collector.CompareTo(y.collector);
    }
}
