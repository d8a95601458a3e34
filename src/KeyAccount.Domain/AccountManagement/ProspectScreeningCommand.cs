using System.Collections.Generic;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>A command to the screening of a prospect (KAM-01).</summary>
public abstract record ProspectScreeningCommand
{
    private protected ProspectScreeningCommand()
    {
    }
}

/// <summary>
/// Screens a prospect against the host's <see cref="StrategicCriteriaPolicy"/> (KAM-01): the prospect qualifies when
/// it meets every mandatory criterion, otherwise it is screened out with the criteria it fails. A screened-out
/// prospect can be screened again later; the first screening names the prospect, a later one must name the same.
/// </summary>
/// <param name="Screening">The screening.</param>
/// <param name="CompanyName">The prospect's company name; not empty.</param>
/// <param name="EstimatedAnnualAmount">The estimated transaction amount a year; not negative.</param>
/// <param name="EstimatedAnnualFrequency">The estimated number of transactions a year; not negative.</param>
/// <param name="Findings">One finding for every criterion of the policy, no more.</param>
public sealed record ScreenProspect(
    ScreeningId Screening, string CompanyName, Money EstimatedAnnualAmount, int EstimatedAnnualFrequency, IReadOnlyList<CriterionFinding> Findings)
    : ProspectScreeningCommand;
