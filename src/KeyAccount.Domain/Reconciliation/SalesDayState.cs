using System;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>The state of a sales day, evolved by <see cref="SalesDayDecider"/>.</summary>
/// <param name="Day">The day's identifier.</param>
/// <param name="Site">The sales site.</param>
/// <param name="Date">The business date.</param>
/// <param name="SiteManager">The site manager.</param>
/// <param name="Mode">How the site sells (SUB-02).</param>
/// <param name="Status">Where the day stands.</param>
/// <param name="Payments">The payments posted, in posting order.</param>
/// <param name="Copies">The notice copies posted, in posting order.</param>
/// <param name="MatchedCount">The matched count of the last reconciliation.</param>
/// <param name="Discrepancies">The discrepancies of the last reconciliation, in report order.</param>
/// <param name="Explained">The discrepancies explained and signed off since the last reconciliation.</param>
public sealed record SalesDayState(
    SalesDayId Day,
    ProjectId Site,
    LocalDate Date,
    ActorId SiteManager,
    SalesMode Mode,
    SalesDayStatus Status,
    ImmutableList<PaymentPosted> Payments,
    ImmutableList<NoticeCopyPosted> Copies,
    int MatchedCount,
    ImmutableArray<ReportedDiscrepancy> Discrepancies,
    ImmutableHashSet<ReportedDiscrepancy> Explained)
{
    /// <inheritdoc />
    public bool Equals(SalesDayState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the state before the day is opened.</summary>
    public static SalesDayState Initial { get; } = new(
        default, default, default, default, default, SalesDayStatus.None, [], [], 0, [], []);

    /// <summary>Gets whether the day has been opened (the initial state has not).</summary>
    public bool IsOpened => Status != SalesDayStatus.None;

    /// <summary>Gets the number of entries posted: payments and notice copies.</summary>
    public int EntryCount => Payments.Count + Copies.Count;

    /// <summary>Gets the discrepancies not yet explained and signed off, in report order (REC-03).</summary>
    public ImmutableArray<ReportedDiscrepancy> Unexplained => [.. Discrepancies.Where(d => !Explained.Contains(d))];
}
