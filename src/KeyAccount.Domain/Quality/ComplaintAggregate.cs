using System;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Quality;

/// <summary>The customer complaint aggregate (CMP-01): its definition, event wire names, stream naming and the ISO
/// clause each event serves.</summary>
public static class ComplaintAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<ComplaintCommand, ComplaintEvent, ComplaintState, ComplaintStatus> Definition { get; } = AggregateDefinition.Of(
        "complaint",
        ComplaintDecider.Instance,
        EventCatalog<ComplaintEvent>.FromDerivedTypes(QualityJsonContext.Shared));

    /// <summary>Gets the stream a complaint's events are kept in.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <returns>The stream <c>complaint-{id}</c>.</returns>
    public static StreamId StreamOf(ComplaintId complaint) => Definition.StreamOf(complaint);

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
