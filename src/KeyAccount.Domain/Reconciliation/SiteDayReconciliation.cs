using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// The reconciliation of one site on one business date (REC-02): how many payments matched both copies of their
/// notice, their totals by channel and by collector, and every discrepancy in report order.
/// </summary>
/// <remarks>Immutable. Totals list only non-empty combinations, ordered by channel (or collector) and currency code.
/// Two values are equal when every part is equal.</remarks>
public sealed class SiteDayReconciliation : IEquatable<SiteDayReconciliation>
{
    internal SiteDayReconciliation(int site, int day, int matchedCount, ImmutableArray<ChannelTotal> byChannel, ImmutableArray<CollectorTotal> byCollector, ImmutableArray<Discrepancy> discrepancies)
    {
        Site = site;
        Day = day;
        MatchedCount = matchedCount;
        ByChannel = byChannel;
        ByCollector = byCollector;
        Discrepancies = discrepancies;
    }

    /// <summary>Gets the site's index.</summary>
    public int Site { get; }

    /// <summary>Gets the business date as a day number.</summary>
    public int Day { get; }

    /// <summary>Gets the business date.</summary>
    public LocalDate Date => DayNumbers.ToDate(Day);

    /// <summary>Gets the number of payments that matched one clerk's copy and one cashier's copy exactly.</summary>
    public int MatchedCount { get; }

    /// <summary>Gets the totals of matched payments by channel and currency.</summary>
    public ImmutableArray<ChannelTotal> ByChannel { get; }

    /// <summary>Gets the totals of matched payments by collector and currency.</summary>
    public ImmutableArray<CollectorTotal> ByCollector { get; }

    /// <summary>Gets the discrepancies, ordered by kind and reference.</summary>
    public ImmutableArray<Discrepancy> Discrepancies { get; }

    /// <summary>Gets whether the site's day is balanced: nothing to explain.</summary>
    public bool IsBalanced => Discrepancies.IsEmpty;

    /// <inheritdoc />
    public bool Equals(SiteDayReconciliation? other) =>
        other is not null && Site == other.Site && Day == other.Day && MatchedCount == other.MatchedCount
        && ByChannel.SequenceEqual(other.ByChannel) && ByCollector.SequenceEqual(other.ByCollector)
        && Discrepancies.SequenceEqual(other.Discrepancies);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SiteDayReconciliation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Site, Day, MatchedCount, Discrepancies.Length);

    /// <summary>Returns a one-line summary, e.g. <c>site 0 2025-03-03: 120 matched, 2 discrepancies</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"site {Site} {Date:uuuu-MM-dd}: {MatchedCount} matched, {Discrepancies.Length} discrepancies");
}
