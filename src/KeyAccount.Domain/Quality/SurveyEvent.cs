using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>An event of a satisfaction survey. Wire names are declared in <see cref="SatisfactionSurveyAggregate"/>.</summary>
[JsonDerivedType(typeof(SurveyRecorded), "survey.recorded.v1")]
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
    /// <inheritdoc />
    public bool Equals(SurveyRecorded? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
