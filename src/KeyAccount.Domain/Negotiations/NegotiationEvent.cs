using System.Collections.Immutable;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Negotiations;

// The events of the negotiation plan. Wire names are declared once in NegotiationPlanAggregate.

/// <summary>An event of a negotiation plan; its wire name is declared in <see cref="NegotiationPlanAggregate"/>.</summary>
[JsonDerivedType(typeof(PlanDrafted), "negotiation.plan_drafted.v1")]
[JsonDerivedType(typeof(ObjectiveSet), "negotiation.objective_set.v1")]
[JsonDerivedType(typeof(TeamAssigned), "negotiation.team_assigned.v1")]
[JsonDerivedType(typeof(CounterpartRecorded), "negotiation.counterpart_recorded.v1")]
[JsonDerivedType(typeof(StrategyDefined), "negotiation.strategy_defined.v1")]
[JsonDerivedType(typeof(MeetingScheduled), "negotiation.meeting_scheduled.v1")]
[JsonDerivedType(typeof(DelegatesIntroduced), "negotiation.delegates_introduced.v1")]
[JsonDerivedType(typeof(PurposeStated), "negotiation.purpose_stated.v1")]
[JsonDerivedType(typeof(AgendaProposed), "negotiation.agenda_proposed.v1")]
[JsonDerivedType(typeof(BackgroundShared), "negotiation.background_shared.v1")]
[JsonDerivedType(typeof(NeedsRecorded), "negotiation.needs_recorded.v1")]
[JsonDerivedType(typeof(QuestionRaised), "negotiation.question_raised.v1")]
[JsonDerivedType(typeof(QuestionAnswered), "negotiation.question_answered.v1")]
[JsonDerivedType(typeof(QuestionDeferred), "negotiation.question_deferred.v1")]
[JsonDerivedType(typeof(SolutionProposed), "negotiation.solution_proposed.v1")]
[JsonDerivedType(typeof(SolutionDiscussed), "negotiation.solution_discussed.v1")]
[JsonDerivedType(typeof(DisputeRaised), "negotiation.dispute_raised.v1")]
[JsonDerivedType(typeof(DisputeSettled), "negotiation.dispute_settled.v1")]
[JsonDerivedType(typeof(AgendaItemSettled), "negotiation.agenda_item_settled.v1")]
[JsonDerivedType(typeof(ConcessionMade), "negotiation.concession_made.v1")]
[JsonDerivedType(typeof(BottomLineRevised), "negotiation.bottom_line_revised.v1")]
[JsonDerivedType(typeof(StrategyAdjusted), "negotiation.strategy_adjusted.v1")]
[JsonDerivedType(typeof(MinutesRecorded), "negotiation.minutes_recorded.v1")]
[JsonDerivedType(typeof(ContractReviewAttached), "negotiation.contract_review_attached.v1")]
[JsonDerivedType(typeof(ContractReviewWithdrawn), "negotiation.contract_review_withdrawn.v1")]
[JsonDerivedType(typeof(FollowUpCompleted), "negotiation.follow_up_completed.v1")]
[JsonDerivedType(typeof(FollowUpCancelled), "negotiation.follow_up_cancelled.v1")]
[JsonDerivedType(typeof(OutcomeRecorded), "negotiation.outcome_recorded.v1")]
[JsonDerivedType(typeof(PhaseChanged), "negotiation.phase_changed.v1")]
public abstract record NegotiationEvent;

/// <summary>A plan was drafted with its theme and topics (<c>negotiation.plan_drafted.v1</c>).</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Account">The account it serves.</param>
/// <param name="Theme">The theme, trimmed.</param>
/// <param name="Topics">The topics.</param>
public sealed record PlanDrafted(NegotiationPlanId Plan, AccountId Account, string Theme, ImmutableArray<NegotiationTopic> Topics) : NegotiationEvent
{
    /// <inheritdoc />
    public bool Equals(PlanDrafted? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>An objective was set or replaced (<c>negotiation.objective_set.v1</c>).</summary>
/// <param name="Objective">The objective.</param>
public sealed record ObjectiveSet(Objective Objective) : NegotiationEvent;

/// <summary>Our team was assigned (<c>negotiation.team_assigned.v1</c>).</summary>
/// <param name="Lead">The lead.</param>
/// <param name="Members">The other members.</param>
public sealed record TeamAssigned(TeamMember Lead, ImmutableArray<TeamMember> Members) : NegotiationEvent
{
    /// <inheritdoc />
    public bool Equals(TeamAssigned? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>A counterpart party was analysed (<c>negotiation.counterpart_recorded.v1</c>).</summary>
/// <param name="Party">The party.</param>
public sealed record CounterpartRecorded(CounterpartParty Party) : NegotiationEvent;

/// <summary>The strategy was defined (<c>negotiation.strategy_defined.v1</c>).</summary>
/// <param name="MainPoints">The main points of attack.</param>
/// <param name="BottomLine">Our bottom line in words.</param>
public sealed record StrategyDefined(ImmutableArray<string> MainPoints, string BottomLine) : NegotiationEvent
{
    /// <inheritdoc />
    public bool Equals(StrategyDefined? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>Time and venue were agreed (<c>negotiation.meeting_scheduled.v1</c>).</summary>
/// <param name="StartsAt">When.</param>
/// <param name="Venue">Where.</param>
public sealed record MeetingScheduled(Instant StartsAt, string Venue) : NegotiationEvent;

/// <summary>Delegates were introduced (<c>negotiation.delegates_introduced.v1</c>).</summary>
/// <param name="Names">Their names.</param>
public sealed record DelegatesIntroduced(ImmutableArray<string> Names) : NegotiationEvent
{
    /// <inheritdoc />
    public bool Equals(DelegatesIntroduced? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>The purpose was stated (<c>negotiation.purpose_stated.v1</c>).</summary>
/// <param name="Purpose">The purpose.</param>
public sealed record PurposeStated(string Purpose) : NegotiationEvent;

/// <summary>The agenda was proposed or replaced (<c>negotiation.agenda_proposed.v1</c>).</summary>
/// <param name="Items">The items.</param>
public sealed record AgendaProposed(ImmutableArray<AgendaItem> Items) : NegotiationEvent
{
    /// <inheritdoc />
    public bool Equals(AgendaProposed? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>A party shared its background (<c>negotiation.background_shared.v1</c>), NEG-13.</summary>
/// <param name="Counterpart">The counterpart party, or null for our side.</param>
/// <param name="Background">The background, trimmed.</param>
public sealed record BackgroundShared(string? Counterpart, string Background) : NegotiationEvent;

/// <summary>A party's needs and intentions were recorded, replacing any before (<c>negotiation.needs_recorded.v1</c>), NEG-13.</summary>
/// <param name="Counterpart">The counterpart party, or null for our side.</param>
/// <param name="Needs">The needs.</param>
/// <param name="Intentions">The intentions and expectations.</param>
public sealed record NeedsRecorded(string? Counterpart, ImmutableArray<Need> Needs, string Intentions) : NegotiationEvent
{
    /// <inheritdoc />
    public bool Equals(NeedsRecorded? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>A question was raised (<c>negotiation.question_raised.v1</c>), NEG-13.</summary>
/// <param name="Question">The question.</param>
/// <param name="Text">What was asked.</param>
public sealed record QuestionRaised(QuestionId Question, string Text) : NegotiationEvent;

/// <summary>A question was answered (<c>negotiation.question_answered.v1</c>), NEG-13.</summary>
/// <param name="Question">The question.</param>
/// <param name="Answer">The answer.</param>
public sealed record QuestionAnswered(QuestionId Question, string Answer) : NegotiationEvent;

/// <summary>A question was deferred to a follow-up action (<c>negotiation.question_deferred.v1</c>), NEG-13.</summary>
/// <param name="Question">The question.</param>
/// <param name="FollowUp">The follow-up action.</param>
public sealed record QuestionDeferred(QuestionId Question, FollowUpAction FollowUp) : NegotiationEvent;

/// <summary>A solution was proposed against recorded needs (<c>negotiation.solution_proposed.v1</c>), NEG-13.</summary>
/// <param name="Solution">The solution.</param>
/// <param name="Description">What is proposed.</param>
/// <param name="Needs">The needs it answers.</param>
public sealed record SolutionProposed(SolutionId Solution, string Description, ImmutableArray<NeedId> Needs) : NegotiationEvent
{
    /// <inheritdoc />
    public bool Equals(SolutionProposed? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>A solution was discussed and evaluated (<c>negotiation.solution_discussed.v1</c>), NEG-13.</summary>
/// <param name="Solution">The solution.</param>
/// <param name="Assessment">What the parties concluded of it.</param>
public sealed record SolutionDiscussed(SolutionId Solution, string Assessment) : NegotiationEvent;

/// <summary>A dispute was raised (<c>negotiation.dispute_raised.v1</c>).</summary>
/// <param name="Dispute">The dispute.</param>
/// <param name="Subject">What is disputed.</param>
public sealed record DisputeRaised(DisputeId Dispute, string Subject) : NegotiationEvent;

/// <summary>A dispute was resolved or deferred (<c>negotiation.dispute_settled.v1</c>).</summary>
/// <param name="Dispute">The dispute.</param>
/// <param name="Settlement">Resolved or deferred.</param>
/// <param name="Note">How, or why deferred.</param>
public sealed record DisputeSettled(DisputeId Dispute, Settlement Settlement, string Note) : NegotiationEvent;

/// <summary>An agenda item was agreed or deferred (<c>negotiation.agenda_item_settled.v1</c>).</summary>
/// <param name="Item">The item.</param>
/// <param name="Settlement">Agreed or deferred.</param>
/// <param name="Note">What was agreed, or why deferred.</param>
public sealed record AgendaItemSettled(AgendaItemId Item, Settlement Settlement, string Note) : NegotiationEvent;

/// <summary>A concession was made (<c>negotiation.concession_made.v1</c>).</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Amount">How much was given.</param>
/// <param name="Position">Our position on the objective after the concession.</param>
/// <param name="Note">What was conceded.</param>
public sealed record ConcessionMade(ObjectiveId Objective, Measure Amount, Measure Position, string Note) : NegotiationEvent;

/// <summary>A bottom line was revised with approval (<c>negotiation.bottom_line_revised.v1</c>).</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Previous">The bottom line before.</param>
/// <param name="Revised">The bottom line now in force.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="Reason">Why.</param>
public sealed record BottomLineRevised(ObjectiveId Objective, Measure Previous, Measure Revised, ActorId ApprovedBy, string Reason) : NegotiationEvent;

/// <summary>The strategy was adjusted (<c>negotiation.strategy_adjusted.v1</c>).</summary>
/// <param name="Adjustment">What changed.</param>
/// <param name="Reason">Why.</param>
public sealed record StrategyAdjusted(string Adjustment, string Reason) : NegotiationEvent;

/// <summary>Minutes were recorded or replaced (<c>negotiation.minutes_recorded.v1</c>).</summary>
/// <param name="Minutes">The minutes.</param>
public sealed record MinutesRecorded(Minutes Minutes) : NegotiationEvent;

/// <summary>An approved contract review was attached (<c>negotiation.contract_review_attached.v1</c>).</summary>
/// <param name="Review">The reference.</param>
public sealed record ContractReviewAttached(ContractReviewReference Review) : NegotiationEvent;

/// <summary>The approval of the attached contract review was withdrawn by an amendment
/// (<c>negotiation.contract_review_withdrawn.v1</c>, CR-05).</summary>
/// <param name="Review">The review.</param>
/// <param name="Round">The round of the withdrawn approval.</param>
/// <param name="WithdrawnOn">The business day.</param>
public sealed record ContractReviewWithdrawn(ContractReviewId Review, int Round, LocalDate WithdrawnOn) : NegotiationEvent;

/// <summary>A follow-up action was done (<c>negotiation.follow_up_completed.v1</c>).</summary>
/// <param name="Action">The action.</param>
/// <param name="Outcome">What came of it.</param>
public sealed record FollowUpCompleted(FollowUpActionId Action, string Outcome) : NegotiationEvent;

/// <summary>A follow-up action was cancelled (<c>negotiation.follow_up_cancelled.v1</c>).</summary>
/// <param name="Action">The action.</param>
/// <param name="Reason">Why.</param>
public sealed record FollowUpCancelled(FollowUpActionId Action, string Reason) : NegotiationEvent;

/// <summary>The value achieved for an objective was recorded (<c>negotiation.outcome_recorded.v1</c>).</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Achieved">The value.</param>
public sealed record OutcomeRecorded(ObjectiveId Objective, Measure Achieved) : NegotiationEvent;

/// <summary>The plan moved along a row of <see cref="NegotiationLifecycle.Table"/> (<c>negotiation.phase_changed.v1</c>).</summary>
/// <param name="Trigger">The row's trigger.</param>
/// <param name="From">The phase left.</param>
/// <param name="To">The phase entered.</param>
/// <param name="At">When (the decision's time).</param>
/// <param name="Reason">Why, for a suspension or an abandonment; otherwise null.</param>
public sealed record PhaseChanged(NegotiationTrigger Trigger, NegotiationPhase From, NegotiationPhase To, Instant At, string? Reason) : NegotiationEvent;
