using System;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Site;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>Something that happened to a sales day.</summary>
public abstract record SalesDayEvent;

/// <summary>The sales day of a site was opened.</summary>
/// <param name="Day">The day's identifier.</param>
/// <param name="Site">The sales site, as its project.</param>
/// <param name="Date">The business date.</param>
/// <param name="SiteManager">The site manager.</param>
public sealed record SalesDayOpened(SalesDayId Day, ProjectId Site, LocalDate Date, ActorId SiteManager) : SalesDayEvent;

/// <summary>An entry was posted to the day.</summary>
/// <param name="Reference">The notice number.</param>
/// <param name="Kind">What the entry records.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Corrects">The entry of another day it corrects or completes, if any (REC-04).</param>
public sealed record EntryPosted(long Reference, EntryKind Kind, Money Amount, EntryReference? Corrects) : SalesDayEvent;

/// <summary>The day's reconciliation was recorded (REC-01, REC-02).</summary>
/// <param name="MatchedCount">The number of matched payments.</param>
/// <param name="Discrepancies">The discrepancies to explain, in report order.</param>
public sealed record SalesDayReconciled(int MatchedCount, ImmutableArray<ReportedDiscrepancy> Discrepancies) : SalesDayEvent
{
    /// <summary>Compares by value, the discrepancies element by element.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>Whether both record the same reconciliation.</returns>
    public bool Equals(SalesDayReconciled? other) =>
        other is not null && MatchedCount == other.MatchedCount && Discrepancies.SequenceEqual(other.Discrepancies);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MatchedCount, Discrepancies.Length);
}

/// <summary>The site manager explained a discrepancy and signed it off (REC-03).</summary>
/// <param name="Discrepancy">The discrepancy.</param>
/// <param name="Explanation">The explanation.</param>
/// <param name="SignedOffBy">The site manager.</param>
public sealed record DiscrepancyExplained(ReportedDiscrepancy Discrepancy, string Explanation, ActorId SignedOffBy) : SalesDayEvent;

/// <summary>The day was closed (REC-03); from now on it is immutable (REC-04).</summary>
/// <param name="ClosedBy">The site manager.</param>
/// <param name="Balanced">Whether the day balanced without any discrepancy.</param>
public sealed record SalesDayClosed(ActorId ClosedBy, bool Balanced) : SalesDayEvent;
