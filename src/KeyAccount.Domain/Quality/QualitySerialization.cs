using System;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Quality;

/// <summary>The wire names of the complaint's events, their serializer and the ISO clause each serves.</summary>
public static class ComplaintEvents
{
    private static readonly QualityJsonContext Json = new(KeyAccountJson.CreateOptions());

    /// <summary>Gets the catalogue of <c>complaint.*.v1</c> events.</summary>
    public static EventCatalog<ComplaintEvent> Catalog { get; } = EventCatalog<ComplaintEvent>.Create()
        .Add("complaint.received.v1", Json.ComplaintReceived)
        .Add("complaint.investigated.v1", Json.ComplaintInvestigated)
        .Add("complaint.action_requested.v1", Json.CorrectiveActionRequested)
        .Add("complaint.action_implemented.v1", Json.CorrectiveActionImplemented)
        .Add("complaint.effectiveness_verified.v1", Json.EffectivenessVerified)
        .Add("complaint.closed.v1", Json.ComplaintClosed)
        .Build();

    /// <summary>Gets the serializer of the complaint's event envelopes.</summary>
    public static EventSerializer<ComplaintEvent> Serializer { get; } = new(Catalog);

    /// <summary>
    /// Returns the ISO 9001:2015 clause an event is evidence for: receiving a complaint is customer communication (8.2.1);
    /// investigation, action, verification and closing are corrective action (10.2).
    /// </summary>
    /// <param name="event">The event.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentException">The event is not one of the complaint's.</exception>
    public static IsoClause ClauseOf(ComplaintEvent @event) => @event switch
    {
        ComplaintReceived => IsoClause.CustomerCommunication,
        ComplaintInvestigated or CorrectiveActionRequested or CorrectiveActionImplemented or EffectivenessVerified or ComplaintClosed => IsoClause.CorrectiveAction,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a complaint event.", nameof(@event)),
    };
}

/// <summary>The wire names of the survey's events, their serializer and the ISO clause each serves.</summary>
public static class SurveyEvents
{
    private static readonly QualityJsonContext Json = new(KeyAccountJson.CreateOptions());

    /// <summary>Gets the catalogue: <c>survey.recorded.v1</c>.</summary>
    public static EventCatalog<SurveyEvent> Catalog { get; } = EventCatalog<SurveyEvent>.Create()
        .Add("survey.recorded.v1", Json.SurveyRecorded)
        .Build();

    /// <summary>Gets the serializer of the survey's event envelopes.</summary>
    public static EventSerializer<SurveyEvent> Serializer { get; } = new(Catalog);

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
