using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The negotiation plan aggregate (NEG-01 … NEG-11): its definition, event wire names and stream naming (GEN-02).</summary>
public static class NegotiationPlanAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<NegotiationCommand, NegotiationEvent, NegotiationPlan, NegotiationPhase, NegotiationTrigger> Definition { get; } = new(
        "negotiation",
        NegotiationPlanDecider.Instance,
        EventCatalog<NegotiationEvent>.Create()
            .Add("negotiation.plan_drafted.v1", NegotiationJsonContext.Shared.PlanDrafted)
            .Add("negotiation.objective_set.v1", NegotiationJsonContext.Shared.ObjectiveSet)
            .Add("negotiation.team_assigned.v1", NegotiationJsonContext.Shared.TeamAssigned)
            .Add("negotiation.counterpart_recorded.v1", NegotiationJsonContext.Shared.CounterpartRecorded)
            .Add("negotiation.strategy_defined.v1", NegotiationJsonContext.Shared.StrategyDefined)
            .Add("negotiation.meeting_scheduled.v1", NegotiationJsonContext.Shared.MeetingScheduled)
            .Add("negotiation.delegates_introduced.v1", NegotiationJsonContext.Shared.DelegatesIntroduced)
            .Add("negotiation.purpose_stated.v1", NegotiationJsonContext.Shared.PurposeStated)
            .Add("negotiation.agenda_proposed.v1", NegotiationJsonContext.Shared.AgendaProposed)
            .Add("negotiation.dispute_raised.v1", NegotiationJsonContext.Shared.DisputeRaised)
            .Add("negotiation.dispute_settled.v1", NegotiationJsonContext.Shared.DisputeSettled)
            .Add("negotiation.agenda_item_settled.v1", NegotiationJsonContext.Shared.AgendaItemSettled)
            .Add("negotiation.concession_made.v1", NegotiationJsonContext.Shared.ConcessionMade)
            .Add("negotiation.bottom_line_revised.v1", NegotiationJsonContext.Shared.BottomLineRevised)
            .Add("negotiation.strategy_adjusted.v1", NegotiationJsonContext.Shared.StrategyAdjusted)
            .Add("negotiation.minutes_recorded.v1", NegotiationJsonContext.Shared.MinutesRecorded)
            .Add("negotiation.contract_review_attached.v1", NegotiationJsonContext.Shared.ContractReviewAttached)
            .Add("negotiation.contract_review_withdrawn.v1", NegotiationJsonContext.Shared.ContractReviewWithdrawn)
            .Add("negotiation.follow_up_completed.v1", NegotiationJsonContext.Shared.FollowUpCompleted)
            .Add("negotiation.follow_up_cancelled.v1", NegotiationJsonContext.Shared.FollowUpCancelled)
            .Add("negotiation.outcome_recorded.v1", NegotiationJsonContext.Shared.OutcomeRecorded)
            .Add("negotiation.phase_changed.v1", NegotiationJsonContext.Shared.PhaseChanged)
            .Build());

    /// <summary>Gets the stream a plan's events are kept in.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The stream <c>negotiation-{id}</c>.</returns>
    public static StreamId StreamOf(NegotiationPlanId plan) => Definition.StreamOf(plan);
}
