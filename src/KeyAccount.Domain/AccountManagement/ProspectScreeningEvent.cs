using System.Collections.Immutable;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>An event of the screening of a prospect (KAM-01).</summary>
[JsonDerivedType(typeof(ProspectQualified), "prospect_screening.qualified.v1")]
[JsonDerivedType(typeof(ProspectScreenedOut), "prospect_screening.screened_out.v1")]
public abstract record ProspectScreeningEvent
{
    private protected ProspectScreeningEvent()
    {
    }
}

/// <summary>The prospect met every mandatory strategic criterion: it may be opened as a key account
/// (<c>prospect_screening.qualified.v1</c>, KAM-01).</summary>
/// <param name="Screening">The screening.</param>
/// <param name="Round">The screening's round: 1 for the first, 2 for the first screening again, ….</param>
/// <param name="CompanyName">The prospect's company name, trimmed.</param>
/// <param name="EstimatedAnnualAmount">The estimated transaction amount a year.</param>
/// <param name="EstimatedAnnualFrequency">The estimated number of transactions a year.</param>
/// <param name="Findings">The finding on every criterion, in the policy's order.</param>
/// <param name="ScreenedOn">The business day.</param>
public sealed record ProspectQualified(
    ScreeningId Screening, int Round, string CompanyName, Money EstimatedAnnualAmount, int EstimatedAnnualFrequency,
    ImmutableArray<CriterionFinding> Findings, LocalDate ScreenedOn) : ProspectScreeningEvent
{
    /// <inheritdoc />
    public bool Equals(ProspectQualified? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>The prospect failed at least one mandatory strategic criterion: it is screened out with those criteria as
/// its reason, and may be screened again later (<c>prospect_screening.screened_out.v1</c>, KAM-01).</summary>
/// <param name="Screening">The screening.</param>
/// <param name="Round">The screening's round.</param>
/// <param name="CompanyName">The prospect's company name, trimmed.</param>
/// <param name="EstimatedAnnualAmount">The estimated transaction amount a year.</param>
/// <param name="EstimatedAnnualFrequency">The estimated number of transactions a year.</param>
/// <param name="Findings">The finding on every criterion, in the policy's order.</param>
/// <param name="FailedCriteria">The reason: the mandatory criteria the prospect does not meet, in the policy's order.</param>
/// <param name="ScreenedOn">The business day.</param>
public sealed record ProspectScreenedOut(
    ScreeningId Screening, int Round, string CompanyName, Money EstimatedAnnualAmount, int EstimatedAnnualFrequency,
    ImmutableArray<CriterionFinding> Findings, ImmutableArray<string> FailedCriteria, LocalDate ScreenedOn) : ProspectScreeningEvent
{
    /// <inheritdoc />
    public bool Equals(ProspectScreenedOut? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
