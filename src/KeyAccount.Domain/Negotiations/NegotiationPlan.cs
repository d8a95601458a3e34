using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Negotiations;

/// <summary>
/// 商务谈判方案 — a negotiation plan: the state of the <see cref="NegotiationPlanDecider"/>, evolved only from
/// <see cref="NegotiationEvent"/>s. Immutable.
/// </summary>
/// <remarks>Start from <see cref="Empty"/> (no plan drafted yet). The phase moves only along
/// <see cref="NegotiationLifecycle.Table"/>. Record equality compares the immutable collections by reference, so two
/// plans rebuilt separately from the same events are equal in content but not by <c>Equals</c>; compare their
/// events, or their serialised content, instead.</remarks>
public sealed record NegotiationPlan
{
    /// <inheritdoc />
    public bool Equals(NegotiationPlan? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the state before the plan is drafted.</summary>
    public static NegotiationPlan Empty { get; } = new();

    /// <summary>Gets whether the plan has been drafted.</summary>
    public bool IsDrafted => Phase != NegotiationPhase.None;

    /// <summary>Gets the plan's identifier.</summary>
    public NegotiationPlanId Id { get; init; }

    /// <summary>Gets the account the negotiation serves (NEG-01).</summary>
    public AccountId Account { get; init; }

    /// <summary>Gets the theme (NEG-01).</summary>
    public string Theme { get; init; } = string.Empty;

    /// <summary>Gets the topics of the theme (NEG-01).</summary>
    public ImmutableArray<NegotiationTopic> Topics { get; init; } = [];

    /// <summary>Gets the current phase; <see cref="NegotiationPhase.None"/> before the plan is drafted.</summary>
    public NegotiationPhase Phase { get; init; }

    /// <summary>Gets the phase a suspended plan left; null unless <see cref="Phase"/> is <see cref="NegotiationPhase.Suspended"/>.</summary>
    public NegotiationPhase? SuspendedFrom { get; init; }

    /// <summary>Gets the objectives with their positions and logs (NEG-02, NEG-05, NEG-11).</summary>
    public ImmutableList<ObjectiveProgress> Objectives { get; init; } = [];

    /// <summary>Gets our team lead, once assigned (NEG-03).</summary>
    public TeamMember? Lead { get; init; }

    /// <summary>Gets the other members of our team (NEG-03).</summary>
    public ImmutableArray<TeamMember> Members { get; init; } = [];

    /// <summary>Gets the counterpart parties as analysed (NEG-03).</summary>
    public ImmutableList<CounterpartParty> Counterparts { get; init; } = [];

    /// <summary>Gets the main points of the strategy (NEG-03).</summary>
    public ImmutableArray<string> MainPoints { get; init; } = [];

    /// <summary>Gets our bottom line in words, as part of the strategy (NEG-03).</summary>
    public string? StrategyBottomLine { get; init; }

    /// <summary>Gets the strategy adjustments, oldest first (NEG-06).</summary>
    public ImmutableList<StrategyAdjusted> Adjustments { get; init; } = [];

    /// <summary>Gets when the negotiation meets, once agreed (NEG-03).</summary>
    public Instant? MeetingStartsAt { get; init; }

    /// <summary>Gets where the negotiation meets, once agreed (NEG-03).</summary>
    public string? Venue { get; init; }

    /// <summary>Gets the names of the delegates introduced (NEG-04).</summary>
    public ImmutableSortedSet<string> Introduced { get; init; } = ImmutableSortedSet.Create<string>(StringComparer.Ordinal);

    /// <summary>Gets the stated purpose (NEG-04).</summary>
    public string? Purpose { get; init; }

    /// <summary>Gets the agenda (NEG-04, NEG-07).</summary>
    public ImmutableList<AgendaItemProgress> Agenda { get; init; } = [];

    /// <summary>Gets what each party brought to the information exchange, our side (<see cref="PartyExchange.Counterpart"/>
    /// null) and the counterparts, in the order first recorded (NEG-13).</summary>
    public ImmutableList<PartyExchange> Exchange { get; init; } = [];

    /// <summary>Gets the questions of the information exchange, oldest first (NEG-13).</summary>
    public ImmutableList<QuestionProgress> Questions { get; init; } = [];

    /// <summary>Gets the solutions proposed during the information exchange, oldest first (NEG-13).</summary>
    public ImmutableList<SolutionProgress> Solutions { get; init; } = [];

    /// <summary>Gets the needs every party has recorded, in the order of <see cref="Exchange"/> (NEG-13).</summary>
    public IReadOnlyList<Need> Needs => Exchange.SelectMany(p => p.Needs).ToList();

    /// <summary>Gets the disputes (NEG-07).</summary>
    public ImmutableList<DisputeProgress> Disputes { get; init; } = [];

    /// <summary>Gets the minutes, once recorded (NEG-08).</summary>
    public Minutes? Minutes { get; init; }

    /// <summary>Gets the follow-up actions of the minutes and how they stand (NEG-10).</summary>
    public ImmutableList<FollowUpProgress> FollowUps { get; init; } = [];

    /// <summary>Gets the approved contract review attached for signing (NEG-09).</summary>
    public ContractReviewReference? ContractReview { get; init; }

    /// <summary>Gets the day the approval of <see cref="ContractReview"/> was withdrawn by an amendment of the contract
    /// (CR-05); null while the plan relies on an approved review. Before signing, the plan cannot be signed until the
    /// review's new reference is attached; a signed plan stays signed and shows that its contract is back under review.</summary>
    public LocalDate? ContractReviewWithdrawnOn { get; init; }

    /// <summary>Gets when each phase of the main path was completed (left forward).</summary>
    public ImmutableSortedDictionary<NegotiationPhase, Instant> CompletedAt { get; init; } = ImmutableSortedDictionary<NegotiationPhase, Instant>.Empty;

    /// <summary>Gets every delegate expected at the table: our lead and members, then each counterpart's delegates.</summary>
    public IReadOnlyList<string> Delegates =>
        (Lead is null ? Enumerable.Empty<string>() : [Lead.Name])
            .Concat(Members.Select(m => m.Name))
            .Concat(Counterparts.SelectMany(c => c.Delegates))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>Returns what a party brought to the information exchange, or null when it has recorded nothing (NEG-13).</summary>
    /// <param name="counterpart">The counterpart party's name, or null for our side.</param>
    /// <returns>The party's exchange, or null.</returns>
    public PartyExchange? FindExchange(string? counterpart) => Exchange.Find(p => p.Counterpart == counterpart);

    /// <summary>Returns an objective's progress, or null when the plan has no such objective.</summary>
    /// <param name="id">The objective.</param>
    /// <returns>The progress, or null.</returns>
    public ObjectiveProgress? FindObjective(ObjectiveId id) => Objectives.Find(o => o.Objective.Id == id);

    /// <summary>Evaluates every objective with a recorded achieved value (NEG-11).</summary>
    /// <returns>The outcomes, in objective order.</returns>
    public IReadOnlyList<ObjectiveOutcome> Evaluate() =>
        Objectives.Select(o => o.Outcome).OfType<ObjectiveOutcome>().ToList();

    /// <summary>Renders the plan as the negotiation information flow table (NEG-12).</summary>
    /// <param name="zone">The zone in which dates are shown.</param>
    /// <param name="culture">The language of the labels; the current UI culture when null.</param>
    /// <returns>The table.</returns>
    public NegotiationFlowTable ToFlowTable(DateTimeZone zone, System.Globalization.CultureInfo? culture = null) =>
        NegotiationFlowTable.For(this, zone, culture);
}
