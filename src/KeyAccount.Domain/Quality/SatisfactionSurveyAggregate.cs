using System;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Quality;

/// <summary>The customer satisfaction survey aggregate (SAT-01): its definition, event wire names, stream naming and the
/// ISO clause its events serve.</summary>
public static class SatisfactionSurveyAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<SurveyCommand, SurveyEvent, SatisfactionSurveyState, SatisfactionSurveyStatus> Definition { get; } = AggregateDefinition.Of(
        "survey",
        SatisfactionSurveyDecider.Instance,
        EventCatalog<SurveyEvent>.FromDerivedTypes(QualityJsonContext.Shared));

    /// <summary>Gets the stream a survey's events are kept in.</summary>
    /// <param name="survey">The survey.</param>
    /// <returns>The stream <c>survey-{id}</c>.</returns>
    public static StreamId StreamOf(SurveyId survey) => Definition.StreamOf(survey);

    /// <summary>Returns the ISO 9001:2015 clause an event is evidence for: customer satisfaction (9.1.2).</summary>
    /// <param name="event">The event.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentException">The event is not one of the survey's.</exception>
    public static IsoClause ClauseOf(SurveyEvent @event) => @event switch
    {
        SurveyRecorded => IsoClause.CustomerSatisfaction,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a survey event.", nameof(@event)),
    };
}
