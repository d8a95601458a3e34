using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Accounts;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>An event of a satisfaction survey. Wire names are declared in <see cref="SatisfactionSurveyAggregate"/>.</summary>
public abstract record SurveyEvent
{
    private protected SurveyEvent()
    {
    }
}

/// <summary>A survey was recorded with a score for every fixed dimension (SAT-01; <c>survey.recorded.v1</c>).</summary>
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
