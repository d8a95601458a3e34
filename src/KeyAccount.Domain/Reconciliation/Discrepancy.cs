using System;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// One thing that does not reconcile (REC-02): its kind, the site and business date it is reported under and the
/// notice number it concerns.
/// </summary>
/// <remarks>A payment's discrepancies are reported under the payment's site and date, a notice without payment under
/// the notice's (the clerk's copy when there is one), a duplicate under the duplicate's own. Discrepancies order by
/// site, day, kind and reference, the order of the report.</remarks>
/// <param name="Site">The site's index.</param>
/// <param name="Day">The business date as a day number.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Reference">The notice number (the payment's reference for a payment).</param>
public readonly record struct Discrepancy(int Site, int Day, DiscrepancyKind Kind, long Reference) : IComparable<Discrepancy>
{
    /// <summary>Gets the business date.</summary>
    public LocalDate Date => DayNumbers.ToDate(Day);

    /// <summary>Compares in report order: site, day, kind, reference.</summary>
    /// <param name="other">The other discrepancy.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Discrepancy other)
    {
        var c = Site.CompareTo(other.Site);
        if (c != 0)
        {
            return c;
        }

        c = Day.CompareTo(other.Day);
        if (c != 0)
        {
            return c;
        }

        c = Kind.CompareTo(other.Kind);
        return c != 0 ? c : Reference.CompareTo(other.Reference);
    }

    /// <summary>Compares in report order.</summary>
    /// <param name="left">The first discrepancy.</param>
    /// <param name="right">The second discrepancy.</param>
    /// <returns>Whether <paramref name="left"/> comes first.</returns>
    public static bool operator <(Discrepancy left, Discrepancy right) => left.CompareTo(right) < 0;

    /// <summary>Compares in report order.</summary>
    /// <param name="left">The first discrepancy.</param>
    /// <param name="right">The second discrepancy.</param>
    /// <returns>Whether <paramref name="left"/> comes later.</returns>
    public static bool operator >(Discrepancy left, Discrepancy right) => left.CompareTo(right) > 0;

    /// <summary>Compares in report order.</summary>
    /// <param name="left">The first discrepancy.</param>
    /// <param name="right">The second discrepancy.</param>
    /// <returns>Whether <paramref name="left"/> does not come later.</returns>
    public static bool operator <=(Discrepancy left, Discrepancy right) => left.CompareTo(right) <= 0;

    /// <summary>Compares in report order.</summary>
    /// <param name="left">The first discrepancy.</param>
    /// <param name="right">The second discrepancy.</param>
    /// <returns>Whether <paramref name="left"/> does not come first.</returns>
    public static bool operator >=(Discrepancy left, Discrepancy right) => left.CompareTo(right) >= 0;
}
