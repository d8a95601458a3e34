using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>The state of a satisfaction survey, evolved by <see cref="SatisfactionSurveyDecider"/>.</summary>
/// <param name="Status">Whether the survey is recorded (<see cref="SatisfactionSurveyLifecycle"/>).</param>
/// <param name="Survey">The survey.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="ConductedOn">The day the customer answered.</param>
/// <param name="Scores">The score of each dimension.</param>
public sealed record SatisfactionSurveyState(SatisfactionSurveyStatus Status, SurveyId Survey, AccountId Account, LocalDate ConductedOn, ImmutableDictionary<SatisfactionDimension, int> Scores)
{
    /// <inheritdoc />
    public bool Equals(SatisfactionSurveyState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the state before the survey is recorded.</summary>
    public static SatisfactionSurveyState NotRecorded { get; } = new(SatisfactionSurveyStatus.None, default, default, default, ImmutableDictionary<SatisfactionDimension, int>.Empty);

    /// <summary>Gets whether the survey is recorded.</summary>
    public bool IsRecorded => Status == SatisfactionSurveyStatus.Recorded;

    /// <summary>
    /// Gets the survey's satisfaction index: the mean score as a percentage of <see cref="DimensionScore.MaxScore"/>,
    /// rounded half away from zero to one decimal (e.g. scores 5, 4, 4, 5, 4 give 88.0); null before recording.
    /// </summary>
    public decimal? Index => IsRecorded ? SatisfactionIndex.Percent(Scores.Values.Select(v => (decimal)v).Average()) : null;
}
