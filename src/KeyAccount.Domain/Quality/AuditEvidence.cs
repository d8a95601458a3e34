using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>
/// One item of audit evidence: a recorded event of customer communication and the ISO 9001:2015 clause it serves, e.g.
/// a department's verdict on a review form for 8.2.3 or a verified corrective action for 10.2.
/// </summary>
/// <param name="Clause">The clause the evidence serves.</param>
/// <param name="Evidence">The event's wire name, e.g. <c>contract_review.verdict_recorded.v1</c>.</param>
/// <param name="Stream">The stream the event belongs to (which register, review, complaint or survey).</param>
/// <param name="Version">The event's position in its stream.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Actor">Who issued the command that recorded it.</param>
public sealed record AuditEvidence(IsoClause Clause, string Evidence, StreamId Stream, long Version, Instant RecordedAt, ActorId Actor)
{
    /// <summary>
    /// Lists the evidence in recorded histories by clause, for an auditor: in clause order (7.5.3, 8.2.2, 8.2.3, …), then
    /// by time of recording, stream and position. Pure.
    /// </summary>
    /// <param name="registers">Contract register envelopes.</param>
    /// <param name="reviews">Contract review envelopes.</param>
    /// <param name="complaints">Complaint envelopes.</param>
    /// <param name="surveys">Survey envelopes.</param>
    /// <returns>The evidence list.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<AuditEvidence> List(
        IEnumerable<EventEnvelope<ContractRegisterEvent>> registers,
        IEnumerable<EventEnvelope<ContractReviewEvent>> reviews,
        IEnumerable<EventEnvelope<ComplaintEvent>> complaints,
        IEnumerable<EventEnvelope<SurveyEvent>> surveys)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(surveys);
        var items = registers.Select(e => Of(e, ContractRegisterAggregate.ClauseOf(e.Event), ContractRegisterAggregate.Definition.Events.WireNameOf(e.Event)))
            .Concat(reviews.Select(e => Of(e, ContractReviewAggregate.ClauseOf(e.Event), ContractReviewAggregate.Definition.Events.WireNameOf(e.Event))))
            .Concat(complaints.Select(e => Of(e, ComplaintAggregate.ClauseOf(e.Event), ComplaintAggregate.Definition.Events.WireNameOf(e.Event))))
            .Concat(surveys.Select(e => Of(e, SatisfactionSurveyAggregate.ClauseOf(e.Event), SatisfactionSurveyAggregate.Definition.Events.WireNameOf(e.Event))))
            .ToList();
        items.Sort(static (a, b) =>
        {
            var c = IsoClause.Compare(a.Clause, b.Clause);
            c = c != 0 ? c : a.RecordedAt.CompareTo(b.RecordedAt);
            c = c != 0 ? c : string.CompareOrdinal(a.Stream.Value, b.Stream.Value);
            return c != 0 ? c : a.Version.CompareTo(b.Version);
        });
        return items;
    }

    private static AuditEvidence Of<TEvent>(EventEnvelope<TEvent> envelope, IsoClause clause, string wireName) =>
        new(clause, wireName, envelope.Stream, envelope.Version, envelope.RecordedAt, envelope.Actor);
}
