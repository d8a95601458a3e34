using System;
using System.Collections.Immutable;
using System.Linq;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// The result of a reconciliation run (REC-02, REC-05): one <see cref="SiteDayReconciliation"/> per site and
/// business date that had a matched payment or a discrepancy, ordered by site and date. The same input in any order
/// gives an equal report.
/// </summary>
public sealed class ReconciliationReport : IEquatable<ReconciliationReport>
{
    internal ReconciliationReport(ImmutableArray<SiteDayReconciliation> days) => Days = days;

    /// <summary>Gets the report of each site and date, ordered by site and date.</summary>
    public ImmutableArray<SiteDayReconciliation> Days { get; }

    /// <summary>Gets the number of matched payments over all sites and dates.</summary>
    public long MatchedCount => Days.Sum(d => (long)d.MatchedCount);

    /// <summary>Gets the number of discrepancies over all sites and dates.</summary>
    public long DiscrepancyCount => Days.Sum(d => (long)d.Discrepancies.Length);

    /// <summary>Gets whether nothing needs explaining on any site and date.</summary>
    public bool IsBalanced => Days.All(d => d.IsBalanced);

    /// <inheritdoc />
    public bool Equals(ReconciliationReport? other) => other is not null && Days.SequenceEqual(other.Days);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReconciliationReport);

    /// <inheritdoc />
    public override int GetHashCode() => Days.Length;

    /// <summary>Returns a one-line summary.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Days.Length} site-days, {MatchedCount} matched, {DiscrepancyCount} discrepancies");
}
