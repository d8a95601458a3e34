using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The wire names of the negotiation events and their serializer (GEN-02).</summary>
public static class NegotiationEventCatalog
{
    private static readonly NegotiationJsonContext Json = new(KeyAccountJson.CreateOptions());

    /// <summary>Gets the catalogue: every negotiation event with its wire name.</summary>
    public static EventCatalog<NegotiationEvent> Catalog { get; } = EventCatalog<NegotiationEvent>.Create()
        .Add("negotiation.plan_drafted.v1", Json.PlanDrafted)
        .Add("negotiation.objective_set.v1", Json.ObjectiveSet)
        .Add("negotiation.team_assigned.v1", Json.TeamAssigned)
        .Add("negotiation.counterpart_recorded.v1", Json.CounterpartRecorded)
        .Add("negotiation.strategy_defined.v1", Json.StrategyDefined)
        .Add("negotiation.meeting_scheduled.v1", Json.MeetingScheduled)
        .Add("negotiation.delegates_introduced.v1", Json.DelegatesIntroduced)
        .Add("negotiation.purpose_stated.v1", Json.PurposeStated)
        .Add("negotiation.agenda_proposed.v1", Json.AgendaProposed)
        .Add("negotiation.dispute_raised.v1", Json.DisputeRaised)
        .Add("negotiation.dispute_settled.v1", Json.DisputeSettled)
        .Add("negotiation.agenda_item_settled.v1", Json.AgendaItemSettled)
        .Add("negotiation.concession_made.v1", Json.ConcessionMade)
        .Add("negotiation.bottom_line_revised.v1", Json.BottomLineRevised)
        .Add("negotiation.strategy_adjusted.v1", Json.StrategyAdjusted)
        .Add("negotiation.minutes_recorded.v1", Json.MinutesRecorded)
        .Add("negotiation.contract_review_attached.v1", Json.ContractReviewAttached)
        .Add("negotiation.follow_up_completed.v1", Json.FollowUpCompleted)
        .Add("negotiation.follow_up_cancelled.v1", Json.FollowUpCancelled)
        .Add("negotiation.outcome_recorded.v1", Json.OutcomeRecorded)
        .Add("negotiation.phase_changed.v1", Json.PhaseChanged)
        .Build();

    /// <summary>Gets the serializer of negotiation event envelopes (one JSON line each).</summary>
    public static EventSerializer<NegotiationEvent> Serializer { get; } = new(Catalog);
}
