using System;
using System.Runtime.InteropServices;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// One copy of a remittance notice (解款通知单) in the compact form the reconciler reads: 32 bytes, no references.
/// The notice is written in two copies, one kept by the project clerk (项目文员) and one by the cashier (收银处);
/// the reconciler takes each set of copies separately (REC-01).
/// </summary>
/// <remarks>The site is an index into the table of site sales modes; the business date is a day number
/// (<see cref="DayNumbers"/>); the amount is in minor units (fen 分 for CNY).</remarks>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct RemittanceNoticeRecord
{
    /// <summary>Creates a notice record.</summary>
    /// <param name="number">The notice number (流水号), unique within the day's notices.</param>
    /// <param name="site">The site's index in the table of site sales modes.</param>
    /// <param name="day">The business date as a day number (<see cref="DayNumbers.Of"/>).</param>
    /// <param name="amountMinor">The amount in minor units.</param>
    /// <param name="currency">The currency.</param>
    public RemittanceNoticeRecord(long number, int site, int day, long amountMinor, CurrencyCode currency)
    {
        Number = number;
        AmountMinor = amountMinor;
        Site = site;
        Day = day;
        Currency = currency;
    }

    /// <summary>Gets the notice number.</summary>
    public long Number { get; }

    /// <summary>Gets the amount in minor units (1/100 of the currency unit).</summary>
    public long AmountMinor { get; }

    /// <summary>Gets the site's index in the table of site sales modes.</summary>
    public int Site { get; }

    /// <summary>Gets the business date as a day number.</summary>
    public int Day { get; }

    /// <summary>Gets the currency.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Gets the business date.</summary>
    public LocalDate Date => DayNumbers.ToDate(Day);

    /// <summary>Creates a notice record from domain values.</summary>
    /// <param name="number">The notice number.</param>
    /// <param name="site">The site's index in the table of site sales modes.</param>
    /// <param name="date">The business date.</param>
    /// <param name="amount">The amount; at most two decimal places.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has more than two decimal places or its currency is the default value.</exception>
    public static RemittanceNoticeRecord Create(long number, int site, LocalDate date, Money amount) =>
        new(number, site, DayNumbers.Of(date), MinorUnits.Of(amount, nameof(amount)), CurrencyCode.Of(amount.Currency));

    /// <summary>Compares the contents in the canonical order (site, day, amount, currency); among copies with the
    /// same number in one set the smallest is the one reconciled, the others are duplicates.</summary>
    internal static int CompareContent(in RemittanceNoticeRecord x, in RemittanceNoticeRecord y)
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
        return c != 0 ? c : x.Currency.Value.CompareTo(y.Currency.Value);
    }
}
