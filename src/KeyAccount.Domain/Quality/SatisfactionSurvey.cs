using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>
/// The fixed dimensions of a customer satisfaction survey (顾客满意度调查表, SAT-01). Every survey scores every
/// dimension, so that surveys compare across accounts and periods.
/// </summary>
public enum SatisfactionDimension
{
    /// <summary>产品质量 — product quality.</summary>
    ProductQuality,

    /// <summary>交货期 — on-time delivery.</summary>
    Delivery,

    /// <summary>价格 — price.</summary>
    Price,

    /// <summary>服务态度 — service and communication.</summary>
    Service,

    /// <summary>售后服务 — after-sales service and complaint handling.</summary>
    AfterSales,
}

/// <summary>The score a customer gave one dimension, from <see cref="MinScore"/> (very dissatisfied) to <see cref="MaxScore"/> (very satisfied).</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Score">The score.</param>
public sealed record DimensionScore(SatisfactionDimension Dimension, int Score)
{
    /// <summary>The lowest score: very dissatisfied (很不满意).</summary>
    public const int MinScore = 1;

    /// <summary>The highest score: very satisfied (很满意).</summary>
    public const int MaxScore = 5;
}

/// <summary>A command to a satisfaction survey.</summary>
public abstract record SurveyCommand
{
    private protected SurveyCommand()
    {
    }
}

/// <summary>Records a completed survey; sales conducts surveys (5.1, SAT-01).</summary>
/// <param name="Survey">The survey.</param>
/// <param name="Account">The surveyed customer's account.</param>
/// <param name="ConductedOn">The day the customer answered; not in the future.</param>
/// <param name="Scores">One score per fixed dimension.</param>
/// <param name="By">The recording department: <see cref="Department.Sales"/>.</param>
public sealed record RecordSurvey(SurveyId Survey, AccountId Account, LocalDate ConductedOn, IReadOnlyList<DimensionScore> Scores, Department By) : SurveyCommand;

/// <summary>An event of a satisfaction survey.</summary>
public abstract record SurveyEvent
{
    private protected SurveyEvent()
    {
    }
}

/// <summary>A survey was recorded with a score for every fixed dimension (SAT-01).</summary>
/// <param name="Survey">The survey.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="ConductedOn">The day the customer answered.</param>
/// <param name="Scores">The scores, in dimension order.</param>
public sealed record SurveyRecorded(SurveyId Survey, AccountId Account, LocalDate ConductedOn, IReadOnlyList<DimensionScore> Scores) : SurveyEvent
{
    /// <summary>Compares by value, the scores in order.</summary>
    /// <param name="other">The other event.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(SurveyRecorded? other) =>
        other is not null && Survey == other.Survey && Account == other.Account && ConductedOn == other.ConductedOn && Scores.SequenceEqual(other.Scores);

    /// <inheritdoc />
    public override int GetHashCode() => System.HashCode.Combine(Survey, Account, ConductedOn, Scores.Count);
}

/// <summary>The state of a satisfaction survey.</summary>
/// <param name="IsRecorded">Whether the survey is recorded.</param>
/// <param name="Survey">The survey.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="ConductedOn">The day the customer answered.</param>
/// <param name="Scores">The score of each dimension.</param>
public sealed record SatisfactionSurveyState(bool IsRecorded, SurveyId Survey, AccountId Account, LocalDate ConductedOn, ImmutableDictionary<SatisfactionDimension, int> Scores)
{
    /// <summary>Gets the state before the survey is recorded.</summary>
    public static SatisfactionSurveyState NotRecorded { get; } = new(false, default, default, default, ImmutableDictionary<SatisfactionDimension, int>.Empty);

    /// <summary>
    /// Gets the survey's satisfaction index: the mean score as a percentage of <see cref="DimensionScore.MaxScore"/>,
    /// rounded half away from zero to one decimal (e.g. scores 5, 4, 4, 5, 4 give 88.0); null before recording.
    /// </summary>
    public decimal? Index => IsRecorded ? SatisfactionIndex.Percent(Scores.Values.Select(v => (decimal)v).Average()) : null;
}
