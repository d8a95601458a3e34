using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>
/// The satisfaction index of one account over one period (SAT-01): the mean of every score given in the period's surveys
/// as a percentage of <see cref="DimensionScore.MaxScore"/>, and the same per dimension. Used in the management review
/// (<see cref="ManagementReviewSummary"/>) and in account managers' performance.
/// </summary>
/// <param name="Account">The account.</param>
/// <param name="Period">The period (both ends included).</param>
/// <param name="SurveyCount">How many surveys were conducted in the period.</param>
/// <param name="Value">The index, 20.0 to 100.0; null when no survey falls in the period.</param>
/// <param name="ByDimension">The index of each dimension; empty when no survey falls in the period.</param>
public sealed record SatisfactionIndex(AccountId Account, DateInterval Period, int SurveyCount, decimal? Value, ImmutableSortedDictionary<SatisfactionDimension, decimal> ByDimension)
{
    /// <summary>Computes the index of an account over a period from recorded surveys. Pure.</summary>
    /// <param name="surveys">Surveys of any accounts and days; those not recorded, of other accounts or outside the period are ignored.</param>
    /// <param name="account">The account.</param>
    /// <param name="period">The period.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="surveys"/> or <paramref name="period"/> is null.</exception>
    public static SatisfactionIndex Of(IEnumerable<SatisfactionSurveyState> surveys, AccountId account, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(period);
        var inPeriod = surveys.Where(s => s.IsRecorded && s.Account == account && period.Contains(s.ConductedOn)).ToList();
        if (inPeriod.Count == 0)
        {
            return new SatisfactionIndex(account, period, 0, null, ImmutableSortedDictionary<SatisfactionDimension, decimal>.Empty);
        }

        var byDimension = Enum.GetValues<SatisfactionDimension>()
            .ToImmutableSortedDictionary(d => d, d => Percent(inPeriod.Select(s => (decimal)s.Scores[d]).Average()));
        var all = Percent(inPeriod.SelectMany(s => s.Scores.Values).Select(v => (decimal)v).Average());
        return new SatisfactionIndex(account, period, inPeriod.Count, all, byDimension);
    }

    /// <summary>Computes the index of every account surveyed in a period, ordered by account. Pure.</summary>
    /// <param name="surveys">Surveys of any accounts and days.</param>
    /// <param name="period">The period.</param>
    /// <returns>One index per account with at least one survey in the period.</returns>
    public static IReadOnlyList<SatisfactionIndex> PerAccount(IEnumerable<SatisfactionSurveyState> surveys, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(period);
        var list = surveys.ToList();
        return list.Where(s => s.IsRecorded && period.Contains(s.ConductedOn))
            .Select(s => s.Account).Distinct().OrderBy(a => a.Value)
            .Select(a => Of(list, a, period)).ToList();
    }

    internal static decimal Percent(decimal meanScore) =>
        Math.Round(meanScore * 100m / DimensionScore.MaxScore, 1, MidpointRounding.AwayFromZero);
}
