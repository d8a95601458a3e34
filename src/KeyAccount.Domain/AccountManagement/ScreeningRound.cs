using System.Collections.Immutable;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>One screening of a prospect (KAM-01), kept with its outcome: every round stays in the history.</summary>
/// <param name="Round">The round, from 1.</param>
/// <param name="EstimatedAnnualAmount">The estimated transaction amount a year.</param>
/// <param name="EstimatedAnnualFrequency">The estimated number of transactions a year.</param>
/// <param name="Findings">The finding on every criterion.</param>
/// <param name="FailedCriteria">The mandatory criteria not met; empty when the prospect qualified.</param>
/// <param name="ScreenedOn">The business day.</param>
public sealed record ScreeningRound(
    int Round, Money EstimatedAnnualAmount, int EstimatedAnnualFrequency, ImmutableArray<CriterionFinding> Findings,
    ImmutableArray<string> FailedCriteria, LocalDate ScreenedOn)
{
    /// <summary>Gets whether the prospect qualified in this round.</summary>
    public bool Qualified => FailedCriteria.IsEmpty;

    /// <inheritdoc />
    public bool Equals(ScreeningRound? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
