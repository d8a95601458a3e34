using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators.Quality;

/// <summary>FsCheck generators for the customer satisfaction survey (<see cref="SatisfactionSurveyAggregate"/>, SAT-01).</summary>
public static class SatisfactionSurveyGenerators
{
    private static readonly SatisfactionDimension[] Dimensions = Enum.GetValues<SatisfactionDimension>();

    /// <summary>Gets scores within the scale, <see cref="DimensionScore.MinScore"/> to <see cref="DimensionScore.MaxScore"/>.</summary>
    public static Gen<int> Score { get; } = Gen.Choose(DimensionScore.MinScore, DimensionScore.MaxScore);

    /// <summary>Gets valid score sheets: one score within the scale for every fixed dimension, in a random order (SAT-01).</summary>
    public static Gen<IReadOnlyList<DimensionScore>> Scores { get; } =
        from scores in Score.ArrayOf(Dimensions.Length)
        from order in Gen.Shuffle(Dimensions)
        select (IReadOnlyList<DimensionScore>)[.. order.Select(d => new DimensionScore(d, scores[Array.IndexOf(Dimensions, d)]))];

    /// <summary>
    /// Gets invalid score sheets (SAT-01): a dimension missing, a dimension repeated, a score out of the scale, or an
    /// undefined dimension.
    /// </summary>
    public static Gen<IReadOnlyList<DimensionScore>> InvalidScores { get; } =
        from valid in Scores
        from kind in Gen.Choose(0, 3)
        from index in Gen.Choose(0, Dimensions.Length - 1)
        from outOfScale in Gen.Elements(DimensionScore.MinScore - 1, DimensionScore.MaxScore + 1, -7, 10)
        select kind switch
        {
            0 => (IReadOnlyList<DimensionScore>)[.. valid.Where((_, i) => i != index)],
            1 => [.. valid, valid[index]],
            2 => [.. valid.Select((s, i) => i == index ? s with { Score = outOfScale } : s)],
            _ => [.. valid, new DimensionScore((SatisfactionDimension)99, 3)],
        };

    /// <summary>
    /// Returns candidate commands for a survey: mostly complete surveys recorded by sales on a day up to a year before
    /// <see cref="TestContexts.Default"/>'s day, some by another department, some in the future, some with invalid scores
    /// (all refused, SAT-01). Once recorded, the survey takes no further recording (refused, SAT-01).
    /// </summary>
    /// <param name="state">The survey so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<SurveyCommand> Commands(SatisfactionSurveyState state) => Commands(state, TestContexts.Default.Today);

    /// <summary>Returns candidate commands for a state decided on <paramref name="today"/>: surveys conducted in the year
    /// up to it, some after it (refused, SAT-01), as <see cref="Commands(SatisfactionSurveyState)"/> describes.</summary>
    /// <param name="state">The survey so far.</param>
    /// <param name="today">The day the commands are decided on.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<SurveyCommand> Commands(SatisfactionSurveyState state, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(state);
        var past = Gen.Choose(0, 365).Select(days => today.PlusDays(-days));
        var future = Gen.Choose(1, 60).Select(days => today.PlusDays(days));
        return
            from survey in KernelGenerators.Identifier<SurveyId>()
            from account in KernelGenerators.Identifier<AccountId>()
            from day in Gen.Frequency((6, past), (1, future))
            from scores in Gen.Frequency((6, Scores), (1, InvalidScores))
            from department in Gen.Frequency((6, Gen.Constant(Department.Sales)), (1, Gen.Elements(Enum.GetValues<Department>())))
            select (SurveyCommand)new RecordSurvey(survey, account, day, scores, department);
    }

    /// <summary>Returns valid histories of a survey (see <see cref="Generators.Histories"/>): empty or one recording.</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<SurveyCommand, SurveyEvent, SatisfactionSurveyState>> Histories(DecisionContext? context = null) =>
        global::KeyAccount.Domain.Testing.Generators.Histories.OverTime(
            SatisfactionSurveyAggregate.Definition.Decider, (state, today) => Commands(state, today.Today), (today, _, _) => today, context ?? TestContexts.Default);
}
