using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using static KeyAccount.Domain.Negotiations.NegotiationMessages;

namespace KeyAccount.Domain.Negotiations;

/// <summary>
/// The negotiation plan as a decider (NEG-01 … NEG-11): commands in, events or a rejection with its rule out.
/// Every phase change is checked against <see cref="NegotiationLifecycle.Table"/> first, then against the gate the
/// row names. Stateless and thread-safe; use <see cref="Instance"/>.
/// </summary>
public sealed class NegotiationPlanDecider :
    IDecider<NegotiationCommand, NegotiationEvent, NegotiationPlan>,
    ICommandProposer<NegotiationCommand, NegotiationPlan>
{
    private NegotiationPlanDecider()
    {
    }

    /// <summary>Gets the decider.</summary>
    public static NegotiationPlanDecider Instance { get; } = new();

    /// <inheritdoc />
    public NegotiationPlan Initial => NegotiationPlan.Empty;

    /// <inheritdoc />
    public Decision<NegotiationEvent> Decide(NegotiationCommand command, NegotiationPlan state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        if (command is DraftPlan draft)
        {
            return Draft(draft, state);
        }

        if (!state.IsDrafted)
        {
            return Violation("NEG-01", "negotiation.plan_not_drafted");
        }

        return command switch
        {
            SetObjective c => InPhase(state, c, "NEG-02", NegotiationPhase.Preparation) ?? SetObjective(c, state),
            AssignTeam c => InPhase(state, c, "NEG-03", NegotiationPhase.Preparation) ?? AssignTeam(c),
            RecordCounterpart c => InPhase(state, c, "NEG-03", NegotiationPhase.Preparation) ?? RecordCounterpart(c),
            DefineStrategy c => InPhase(state, c, "NEG-03", NegotiationPhase.Preparation) ?? DefineStrategy(c),
            ScheduleMeeting c => InPhase(state, c, "NEG-03", NegotiationPhase.Preparation) ?? ScheduleMeeting(c, context),
            CompletePreparation => Move(state, NegotiationTrigger.CompletePreparation, context, null, () => PreparationGate(state, context)),
            IntroduceDelegates c => InPhase(state, c, "NEG-04", NegotiationPhase.Opening) ?? Introduce(c, state),
            StatePurpose c => InPhase(state, c, "NEG-04", NegotiationPhase.Opening) ?? StatePurpose(c),
            ProposeAgenda c => InPhase(state, c, "NEG-04", NegotiationPhase.Opening) ?? ProposeAgenda(c, state),
            CompleteOpening => Move(state, NegotiationTrigger.CompleteOpening, context, null, () => OpeningGate(state)),
            StartBargaining => Move(state, NegotiationTrigger.StartBargaining, context, null, null),
            RaiseDispute c => InPhase(state, c, "NEG-07", NegotiationPhase.InformationExchange, NegotiationPhase.Bargaining) ?? RaiseDispute(c, state),
            SettleDispute c => InPhase(state, c, "NEG-07", NegotiationPhase.Bargaining) ?? SettleDispute(c, state),
            SettleAgendaItem c => InPhase(state, c, "NEG-07", NegotiationPhase.Bargaining) ?? SettleAgendaItem(c, state),
            MakeConcession c => InPhase(state, c, "NEG-05", NegotiationPhase.Bargaining) ?? MakeConcession(c, state),
            ReviseBottomLine c => InBargaining(state, c) ?? ReviseBottomLine(c, state, context),
            AdjustStrategy c => InPhase(state, c, "NEG-06", NegotiationPhase.Bargaining) ?? AdjustStrategy(c),
            ReachPreliminaryAgreement => Move(state, NegotiationTrigger.ReachPreliminaryAgreement, context, null, () => AgreementGate(state)),
            RecordMinutes c => InPhase(state, c, "NEG-08", NegotiationPhase.PreliminaryAgreement, NegotiationPhase.Signed) ?? RecordMinutes(c, state, context),
            AttachContractReview c => InPhase(state, c, "NEG-09", NegotiationPhase.PreliminaryAgreement) ?? AttachReview(c, context),
            SignAgreement => Move(state, NegotiationTrigger.Sign, context, null, () => SigningGate(state)),
            StartFollowUp => Move(state, NegotiationTrigger.StartFollowUp, context, null, () => FollowUpGate(state)),
            CompleteFollowUp c => InPhase(state, c, "NEG-10", NegotiationPhase.FollowUp) ?? CompleteFollowUp(c, state),
            CancelFollowUp c => InPhase(state, c, "NEG-10", NegotiationPhase.FollowUp) ?? CancelFollowUp(c, state),
            RecordOutcome c => InPhase(state, c, "NEG-11", NegotiationPhase.Signed, NegotiationPhase.FollowUp, NegotiationPhase.Closed) ?? RecordOutcome(c, state),
            ClosePlan => Move(state, NegotiationTrigger.Close, context, null, () => ClosingGate(state)),
            SuspendNegotiation c => Move(state, NegotiationTrigger.Suspend, context, Clean(c.Reason), null),
            ResumeNegotiation => Move(state, ResumeTrigger(state), context, null, null),
            AbandonNegotiation c => Move(state, NegotiationTrigger.Abandon, context, Clean(c.Reason), null),
            _ => throw new ArgumentException($"{command.GetType().Name} is not a negotiation command.", nameof(command)),
        };
    }

    /// <inheritdoc />
    public NegotiationPlan Evolve(NegotiationPlan state, NegotiationEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(@event);
        return @event switch
        {
            PlanDrafted e => state with { IsDrafted = true, Id = e.Plan, Account = e.Account, Theme = e.Theme, Topics = e.Topics },
            ObjectiveSet e => state with { Objectives = Replace(state.Objectives, o => o.Objective.Id == e.Objective.Id, ObjectiveProgress.Start(e.Objective)) },
            TeamAssigned e => state with { Lead = e.Lead, Members = e.Members },
            CounterpartRecorded e => state with { Counterparts = Replace(state.Counterparts, c => c.Name == e.Party.Name, e.Party) },
            StrategyDefined e => state with { MainPoints = e.MainPoints, StrategyBottomLine = e.BottomLine },
            MeetingScheduled e => state with { MeetingStartsAt = e.StartsAt, Venue = e.Venue },
            DelegatesIntroduced e => state with { Introduced = state.Introduced.Union(e.Names) },
            PurposeStated e => state with { Purpose = e.Purpose },
            AgendaProposed e => state with { Agenda = e.Items.Select(i => new AgendaItemProgress(i, Settlement.Open, null)).ToImmutableList() },
            DisputeRaised e => state with { Disputes = state.Disputes.Add(new DisputeProgress(e.Dispute, e.Subject, Settlement.Open, null)) },
            DisputeSettled e => state with { Disputes = Update(state.Disputes, d => d.Id == e.Dispute, d => d with { Settlement = e.Settlement, Note = e.Note }, $"Dispute {e.Dispute}") },
            AgendaItemSettled e => state with { Agenda = Update(state.Agenda, a => a.Item.Id == e.Item, a => a with { Settlement = e.Settlement, Note = e.Note }, $"Agenda item {e.Item}") },
            ConcessionMade e => state with
            {
                Objectives = Update(state.Objectives, o => o.Objective.Id == e.Objective, o => o with { Position = e.Position, Concessions = o.Concessions.Add(new Concession(e.Amount, e.Position, e.Note)) }, $"Objective {e.Objective}"),
            },
            BottomLineRevised e => state with
            {
                Objectives = Update(state.Objectives, o => o.Objective.Id == e.Objective, o => o with { BottomLine = e.Revised, Revisions = o.Revisions.Add(new BottomLineRevision(e.Previous, e.Revised, e.ApprovedBy, e.Reason)) }, $"Objective {e.Objective}"),
            },
            StrategyAdjusted e => state with { Adjustments = state.Adjustments.Add(e) },
            MinutesRecorded e => state with { Minutes = e.Minutes, FollowUps = e.Minutes.FollowUps.Select(f => new FollowUpProgress(f, FollowUpStatus.Pending, null)).ToImmutableList() },
            ContractReviewAttached e => state with { ContractReview = e.Review },
            FollowUpCompleted e => state with { FollowUps = Update(state.FollowUps, f => f.Action.Id == e.Action, f => f with { Status = FollowUpStatus.Done, Note = e.Outcome }, $"Follow-up {e.Action}") },
            FollowUpCancelled e => state with { FollowUps = Update(state.FollowUps, f => f.Action.Id == e.Action, f => f with { Status = FollowUpStatus.Cancelled, Note = e.Reason }, $"Follow-up {e.Action}") },
            OutcomeRecorded e => state with { Objectives = Update(state.Objectives, o => o.Objective.Id == e.Objective, o => o with { Achieved = e.Achieved }, $"Objective {e.Objective}") },
            PhaseChanged e => ChangePhase(state, e),
            _ => throw new ArgumentException($"{@event.GetType().Name} is not a negotiation event.", nameof(@event)),
        };
    }

    /// <summary>
    /// Proposes, for "what next" (GEN-06), one command per move the phase table allows from the plan's phase; the
    /// gates then say which are blocked and by which rule. Nothing is proposed before the plan is drafted.
    /// </summary>
    /// <param name="state">The plan.</param>
    /// <param name="context">The context (unused: the table alone decides what to ask about).</param>
    /// <returns>The candidate commands.</returns>
    public IEnumerable<NegotiationCommand> ProposeCommands(NegotiationPlan state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsDrafted)
        {
            return [];
        }

        return NegotiationLifecycle.Table.TriggersFrom(state.Phase)
            .Where(t => state.Phase != NegotiationPhase.Suspended || !IsResume(t) || t == ResumeTrigger(state))
            .Select(CommandFor)
            .ToList();
    }

    private static NegotiationCommand CommandFor(NegotiationTrigger trigger) => trigger switch
    {
        NegotiationTrigger.CompletePreparation => new CompletePreparation(),
        NegotiationTrigger.CompleteOpening => new CompleteOpening(),
        NegotiationTrigger.StartBargaining => new StartBargaining(),
        NegotiationTrigger.ReachPreliminaryAgreement => new ReachPreliminaryAgreement(),
        NegotiationTrigger.Sign => new SignAgreement(),
        NegotiationTrigger.StartFollowUp => new StartFollowUp(),
        NegotiationTrigger.Close => new ClosePlan(),
        NegotiationTrigger.Suspend => new SuspendNegotiation(null),
        NegotiationTrigger.Abandon => new AbandonNegotiation(null),
        _ => new ResumeNegotiation(),
    };

    private static bool IsResume(NegotiationTrigger trigger) => trigger is >= NegotiationTrigger.ResumePreparation and <= NegotiationTrigger.ResumePreliminaryAgreement;

    private static NegotiationTrigger ResumeTrigger(NegotiationPlan state) =>
        NegotiationLifecycle.ResumeTriggerFor(state.SuspendedFrom ?? state.Phase) ?? NegotiationTrigger.ResumePreparation;

    private static NegotiationPlan ChangePhase(NegotiationPlan state, PhaseChanged e)
    {
        var forward = e.Trigger is not (NegotiationTrigger.Suspend or NegotiationTrigger.Abandon) && !IsResume(e.Trigger);
        return state with
        {
            Phase = e.To,
            SuspendedFrom = e.To == NegotiationPhase.Suspended ? e.From : null,
            CompletedAt = forward ? state.CompletedAt.SetItem(e.From, e.At) : state.CompletedAt,
        };
    }

    private static Decision<NegotiationEvent> Accept(NegotiationEvent e) => Decision<NegotiationEvent>.Accept(e);

    private static string Clean(string? text) => text?.Trim() ?? string.Empty;

    private static ImmutableList<T> Replace<T>(ImmutableList<T> list, Predicate<T> match, T item)
    {
        var index = list.FindIndex(match);
        return index < 0 ? list.Add(item) : list.SetItem(index, item);
    }

    // An event for something the plan does not have cannot come from this decider (Decide checks first): GEN-02.
    private static ImmutableList<T> Update<T>(ImmutableList<T> list, Predicate<T> match, Func<T, T> change, string what)
    {
        var index = list.FindIndex(match);
        return index < 0
            ? throw new ArgumentException($"{what} is not in the plan.")
            : list.SetItem(index, change(list[index]));
    }

    private static RuleViolation? InPhase(NegotiationPlan state, NegotiationCommand command, RuleId rule, params NegotiationPhase[] phases) =>
        Array.IndexOf(phases, state.Phase) >= 0
            ? null
            : Violation(rule, "negotiation.not_in_phase", new ErrorDetail("command", command.GetType().Name), new ErrorDetail("phase", state.Phase));

    // NEG-05: a bottom line is revised while bargaining, or in a deadlock that suspended the bargaining.
    private static RuleViolation? InBargaining(NegotiationPlan state, NegotiationCommand command) =>
        state.Phase == NegotiationPhase.Suspended && state.SuspendedFrom == NegotiationPhase.Bargaining
            ? null
            : InPhase(state, command, "NEG-05", NegotiationPhase.Bargaining);

    private static Decision<NegotiationEvent> Move(NegotiationPlan state, NegotiationTrigger trigger, DecisionContext context, string? reason, Func<DomainError?>? gate)
    {
        if (NegotiationLifecycle.Table.Check(state.Phase, trigger) is { } illegal)
        {
            return illegal;
        }

        if (gate?.Invoke() is { } closed)
        {
            return closed;
        }

        var to = NegotiationLifecycle.Table.Find(state.Phase, trigger)!.To;
        return Accept(new PhaseChanged(trigger, state.Phase, to, context.Now, reason));
    }

    // NEG-01: a theme, at least one topic, none repeated; the account is part of the command.
    private static Decision<NegotiationEvent> Draft(DraftPlan c, NegotiationPlan state)
    {
        if (state.IsDrafted)
        {
            return Violation("NEG-01", "negotiation.plan_already_drafted", new ErrorDetail("plan", state.Id));
        }

        if (string.IsNullOrWhiteSpace(c.Theme))
        {
            return Violation("NEG-01", "negotiation.theme_required");
        }

        if (c.Topics is null || c.Topics.Count == 0)
        {
            return Violation("NEG-01", "negotiation.topic_required");
        }

        var seen = new HashSet<NegotiationTopic>();
        foreach (var topic in c.Topics)
        {
            if (!Enum.IsDefined(topic))
            {
                return Violation("NEG-01", "negotiation.topic_unknown", new ErrorDetail("topic", topic));
            }

            if (!seen.Add(topic))
            {
                return Violation("NEG-01", "negotiation.topic_repeated", new ErrorDetail("topic", topic));
            }
        }

        return Accept(new PlanDrafted(c.Plan, c.Account, c.Theme.Trim(), [.. c.Topics]));
    }

    // NEG-02: a measurable objective on a topic of the theme, one unit throughout, the bottom line not better than the target.
    private static Decision<NegotiationEvent> SetObjective(SetObjective c, NegotiationPlan state)
    {
        var o = Preconditions.CheckNotNull(c.Objective);
        if (!state.Topics.Contains(o.Topic))
        {
            return Violation("NEG-02", "negotiation.objective_topic_outside_theme", new ErrorDetail("topic", o.Topic));
        }

        if (string.IsNullOrWhiteSpace(o.Metric))
        {
            return Violation("NEG-02", "negotiation.metric_required");
        }

        var metric = o.Metric.Trim();
        if (!o.Target.IsComparableWith(o.BottomLine) || (o.CounterpartBottomLine is { } estimate && !estimate.IsComparableWith(o.Target)))
        {
            return Violation("NEG-02", "negotiation.units_differ", new ErrorDetail("metric", metric));
        }

        if (!Enum.IsDefined(o.Preference))
        {
            return Violation("NEG-02", "negotiation.preference_required", new ErrorDetail("metric", metric));
        }

        if (o.IsBetter(o.BottomLine, o.Target))
        {
            return WrongSide(metric, o.Target, o.BottomLine);
        }

        return Accept(new ObjectiveSet(o with { Metric = metric }));
    }

    private static RuleViolation WrongSide(string metric, Measure target, Measure bottomLine) =>
        Violation("NEG-02", "negotiation.bottom_line_wrong_side", new ErrorDetail("metric", metric), new ErrorDetail("target", target), new ErrorDetail("bottomLine", bottomLine));

    // NEG-03: every member of our team has a name and a role.
    private static Decision<NegotiationEvent> AssignTeam(AssignTeam c)
    {
        var everyone = new[] { Preconditions.CheckNotNull(c.Lead) }.Concat(c.Members ?? []).ToList();
        if (everyone.Find(m => string.IsNullOrWhiteSpace(m.Name) || string.IsNullOrWhiteSpace(m.Role)) is { } incomplete)
        {
            return Violation("NEG-03", "negotiation.team_member_incomplete", new ErrorDetail("person", incomplete.Person.Value));
        }

        static TeamMember Trim(TeamMember m) => m with { Name = m.Name.Trim(), Role = m.Role.Trim() };
        return Accept(new TeamAssigned(Trim(c.Lead), [.. everyone.Skip(1).Select(Trim)]));
    }

    // NEG-03: a counterpart party is named; its position, requirements and delegates are checked by the gate.
    private static Decision<NegotiationEvent> RecordCounterpart(RecordCounterpart c)
    {
        var p = Preconditions.CheckNotNull(c.Party);
        if (string.IsNullOrWhiteSpace(p.Name))
        {
            return Violation("NEG-03", "negotiation.counterpart_name_required");
        }

        return Accept(new CounterpartRecorded(new CounterpartParty(p.Name.Trim(), Clean(p.Position), NonBlank(p.Requirements), NonBlank(p.Delegates))));
    }

    private static ImmutableArray<string> NonBlank(IEnumerable<string>? texts) =>
        [.. (texts ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())];

    private static ImmutableArray<string> NonBlank(ImmutableArray<string> texts) => NonBlank(texts.IsDefault ? null : (IEnumerable<string>)texts);

    private static Decision<NegotiationEvent> DefineStrategy(DefineStrategy c) =>
        Accept(new StrategyDefined(NonBlank(c.MainPoints), Clean(c.BottomLine)));

    // NEG-03: the time and venue agreed lie in the future of the decision.
    private static Decision<NegotiationEvent> ScheduleMeeting(ScheduleMeeting c, DecisionContext context)
    {
        if (string.IsNullOrWhiteSpace(c.Venue))
        {
            return Violation("NEG-03", "negotiation.venue_required");
        }

        if (c.StartsAt <= context.Now)
        {
            return Violation("NEG-03", "negotiation.meeting_not_in_future", new ErrorDetail("startsAt", c.StartsAt), new ErrorDetail("now", context.Now));
        }

        return Accept(new MeetingScheduled(c.StartsAt, c.Venue.Trim()));
    }

    // NEG-03: the preparation gate lists everything still missing.
    private static RequirementsMissing? PreparationGate(NegotiationPlan s, DecisionContext context)
    {
        var missing = new List<MissingRequirement>();
        if (s.Objectives.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.objective"));
        }

        if (s.Lead is null)
        {
            missing.Add(Missing("negotiation.missing.team_lead"));
        }

        if (s.Members.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.team_members"));
        }

        if (s.Counterparts.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.counterpart"));
        }

        foreach (var party in s.Counterparts)
        {
            if (party.Position.Length == 0)
            {
                missing.Add(Missing("negotiation.missing.counterpart_position", new ErrorDetail("party", party.Name)));
            }

            if (party.Requirements.IsEmpty)
            {
                missing.Add(Missing("negotiation.missing.counterpart_requirements", new ErrorDetail("party", party.Name)));
            }
        }

        foreach (var objective in s.Objectives.Where(o => o.Objective.CounterpartBottomLine is null))
        {
            missing.Add(Missing("negotiation.missing.counterpart_bottom_line", new ErrorDetail("metric", objective.Objective.Metric)));
        }

        if (s.MainPoints.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.strategy_main_point"));
        }

        if (string.IsNullOrEmpty(s.StrategyBottomLine))
        {
            missing.Add(Missing("negotiation.missing.strategy_bottom_line"));
        }

        if (s.MeetingStartsAt is not { } startsAt)
        {
            missing.Add(Missing("negotiation.missing.meeting"));
        }
        else if (startsAt <= context.Now)
        {
            missing.Add(Missing("negotiation.missing.meeting_in_future", new ErrorDetail("startsAt", startsAt)));
        }

        return missing.Count == 0 ? null : Gate("NEG-03", "negotiation.preparation_incomplete", missing);
    }

    // NEG-04: only delegates of the plan are introduced, so that a misspelt name does not pass for an introduction.
    private static Decision<NegotiationEvent> Introduce(IntroduceDelegates c, NegotiationPlan state)
    {
        var names = NonBlank(c.Names);
        if (names.IsEmpty)
        {
            return Violation("NEG-04", "negotiation.delegate_required");
        }

        var delegates = state.Delegates;
        if (names.FirstOrDefault(n => !delegates.Contains(n, StringComparer.Ordinal)) is { } stranger)
        {
            return Violation("NEG-04", "negotiation.delegate_unknown", new ErrorDetail("name", stranger));
        }

        return Accept(new DelegatesIntroduced(names));
    }

    private static Decision<NegotiationEvent> StatePurpose(StatePurpose c) =>
        string.IsNullOrWhiteSpace(c.Purpose)
            ? Violation("NEG-04", "negotiation.purpose_required")
            : Accept(new PurposeStated(c.Purpose.Trim()));

    // NEG-04: an agenda of titled items on topics of the theme.
    private static Decision<NegotiationEvent> ProposeAgenda(ProposeAgenda c, NegotiationPlan state)
    {
        if (c.Items is null || c.Items.Count == 0)
        {
            return Violation("NEG-04", "negotiation.agenda_required");
        }

        if (c.Items.FirstOrDefault(i => string.IsNullOrWhiteSpace(i.Title)) is not null)
        {
            return Violation("NEG-04", "negotiation.agenda_item_title_required");
        }

        if (c.Items.FirstOrDefault(i => !state.Topics.Contains(i.Topic)) is { } outside)
        {
            return Violation("NEG-04", "negotiation.agenda_topic_outside_theme", new ErrorDetail("title", outside.Title.Trim()), new ErrorDetail("topic", outside.Topic));
        }

        if (c.Items.Select(i => i.Id).Distinct().Count() != c.Items.Count)
        {
            return Violation("NEG-04", "negotiation.agenda_item_repeated");
        }

        return Accept(new AgendaProposed([.. c.Items.Select(i => i with { Title = i.Title.Trim() })]));
    }

    // NEG-04: the opening gate lists everything still missing.
    private static RequirementsMissing? OpeningGate(NegotiationPlan s)
    {
        var missing = new List<MissingRequirement>();
        foreach (var name in s.Delegates.Where(d => !s.Introduced.Contains(d)))
        {
            missing.Add(Missing("negotiation.missing.introduction", new ErrorDetail("name", name)));
        }

        if (s.Purpose is null)
        {
            missing.Add(Missing("negotiation.missing.purpose"));
        }

        if (s.Agenda.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.agenda"));
        }

        foreach (var topic in s.Topics.Where(t => !s.Agenda.Exists(a => a.Item.Topic == t)))
        {
            missing.Add(Missing("negotiation.missing.agenda_topic", new ErrorDetail("topic", topic)));
        }

        return missing.Count == 0 ? null : Gate("NEG-04", "negotiation.opening_incomplete", missing);
    }

    private static Decision<NegotiationEvent> RaiseDispute(RaiseDispute c, NegotiationPlan state)
    {
        if (string.IsNullOrWhiteSpace(c.Subject))
        {
            return Violation("NEG-07", "negotiation.dispute_subject_required");
        }

        if (state.Disputes.Exists(d => d.Id == c.Dispute))
        {
            return Violation("NEG-07", "negotiation.dispute_already_raised", new ErrorDetail("dispute", c.Dispute));
        }

        return Accept(new DisputeRaised(c.Dispute, c.Subject.Trim()));
    }

    // NEG-07: a dispute or agenda item leaves the table agreed or explicitly deferred; a later settlement replaces an earlier one.
    private static Decision<NegotiationEvent> SettleDispute(SettleDispute c, NegotiationPlan state)
    {
        if (!state.Disputes.Exists(d => d.Id == c.Dispute))
        {
            return Violation("NEG-07", "negotiation.dispute_unknown", new ErrorDetail("dispute", c.Dispute));
        }

        return c.Settlement is Settlement.Agreed or Settlement.Deferred
            ? Accept(new DisputeSettled(c.Dispute, c.Settlement, Clean(c.Note)))
            : Violation("NEG-07", "negotiation.settlement_required");
    }

    private static Decision<NegotiationEvent> SettleAgendaItem(SettleAgendaItem c, NegotiationPlan state)
    {
        if (!state.Agenda.Exists(a => a.Item.Id == c.Item))
        {
            return Violation("NEG-07", "negotiation.agenda_item_unknown", new ErrorDetail("item", c.Item));
        }

        return c.Settlement is Settlement.Agreed or Settlement.Deferred
            ? Accept(new AgendaItemSettled(c.Item, c.Settlement, Clean(c.Note)))
            : Violation("NEG-07", "negotiation.settlement_required");
    }

    private static RuleViolation UnknownObjective(RuleId rule, ObjectiveId id) =>
        Violation(rule, "negotiation.objective_unknown", new ErrorDetail("objective", id));

    // NEG-05: a concession moves our position towards the bottom line and never past the one in force.
    private static Decision<NegotiationEvent> MakeConcession(MakeConcession c, NegotiationPlan state)
    {
        if (state.FindObjective(c.Objective) is not { } progress)
        {
            return UnknownObjective("NEG-05", c.Objective);
        }

        var objective = progress.Objective;
        if (c.Amount is null || !c.Amount.IsComparableWith(progress.Position))
        {
            return Violation("NEG-05", "negotiation.concession_unit_mismatch", new ErrorDetail("metric", objective.Metric), new ErrorDetail("unit", progress.Position.Unit));
        }

        if (c.Amount.Value <= 0m)
        {
            return Violation("NEG-05", "negotiation.concession_not_positive", new ErrorDetail("amount", c.Amount));
        }

        Measure? position;
        try
        {
            position = objective.Preference == Preference.Higher ? progress.Position.Minus(c.Amount) : progress.Position.Plus(c.Amount);
        }
        catch (OverflowException)
        {
            // A position beyond the range of decimal lies past any bottom line.
            position = null;
        }

        if (position is null || objective.IsBetter(progress.BottomLine, position))
        {
            return Violation("NEG-05", "negotiation.concession_crosses_bottom_line", new ErrorDetail("metric", objective.Metric), new ErrorDetail("position", position), new ErrorDetail("bottomLine", progress.BottomLine));
        }

        return Accept(new ConcessionMade(c.Objective, c.Amount, position, Clean(c.Note)));
    }

    // NEG-05: a revision is approved by someone with the authority, has a reason, stays on the right side of the
    // target (NEG-02) and does not leave our current position already past it.
    private static Decision<NegotiationEvent> ReviseBottomLine(ReviseBottomLine c, NegotiationPlan state, DecisionContext context)
    {
        if (state.FindObjective(c.Objective) is not { } progress)
        {
            return UnknownObjective("NEG-05", c.Objective);
        }

        var objective = progress.Objective;
        if (c.Revised is null || !c.Revised.IsComparableWith(progress.BottomLine))
        {
            return Violation("NEG-02", "negotiation.units_differ", new ErrorDetail("metric", objective.Metric));
        }

        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Violation("NEG-05", "negotiation.revision_reason_required");
        }

        if (!context.Policy<BottomLineAuthority>().MayApprove(c.Approver, state))
        {
            return Violation("NEG-05", "negotiation.revision_not_authorised", new ErrorDetail("approver", c.Approver.Value));
        }

        if (objective.IsBetter(c.Revised, objective.Target))
        {
            return WrongSide(objective.Metric, objective.Target, c.Revised);
        }

        if (objective.IsBetter(c.Revised, progress.Position))
        {
            return Violation("NEG-05", "negotiation.revision_past_position", new ErrorDetail("metric", objective.Metric), new ErrorDetail("revised", c.Revised), new ErrorDetail("position", progress.Position));
        }

        return Accept(new BottomLineRevised(c.Objective, progress.BottomLine, c.Revised, c.Approver, c.Reason.Trim()));
    }

    // NEG-06: every adjustment says what changes and why.
    private static Decision<NegotiationEvent> AdjustStrategy(AdjustStrategy c)
    {
        if (string.IsNullOrWhiteSpace(c.Adjustment))
        {
            return Violation("NEG-06", "negotiation.adjustment_required");
        }

        return string.IsNullOrWhiteSpace(c.Reason)
            ? Violation("NEG-06", "negotiation.adjustment_reason_required")
            : Accept(new StrategyAdjusted(c.Adjustment.Trim(), c.Reason.Trim()));
    }

    // NEG-07: nothing left open on the table.
    private static RequirementsMissing? AgreementGate(NegotiationPlan s)
    {
        var missing = new List<MissingRequirement>();
        foreach (var item in s.Agenda.Where(a => a.Settlement == Settlement.Open))
        {
            missing.Add(Missing("negotiation.missing.agenda_item_open", new ErrorDetail("title", item.Item.Title)));
        }

        foreach (var dispute in s.Disputes.Where(d => d.Settlement == Settlement.Open))
        {
            missing.Add(Missing("negotiation.missing.dispute_open", new ErrorDetail("subject", dispute.Subject)));
        }

        return missing.Count == 0 ? null : Gate("NEG-07", "negotiation.agreement_not_ready", missing);
    }

    // NEG-08: consensus, the items not agreed (every deferred item among them) each with a follow-up action, and
    // every follow-up action described, owned and due no earlier than today.
    private static Decision<NegotiationEvent> RecordMinutes(RecordMinutes c, NegotiationPlan state, DecisionContext context)
    {
        var m = Preconditions.CheckNotNull(c.Minutes);
        var consensus = NonBlank(m.Consensus);
        var notAgreed = m.NotAgreed.IsDefault ? [] : m.NotAgreed.Select(u => u with { Subject = Clean(u.Subject) }).ToImmutableArray();
        var followUps = m.FollowUps.IsDefault ? [] : m.FollowUps.Select(f => f with { Description = Clean(f.Description) }).ToImmutableArray();
        var missing = new List<MissingRequirement>();
        if (consensus.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.consensus"));
        }

        foreach (var item in notAgreed.Where(u => !followUps.Any(f => f.Id == u.FollowUp)))
        {
            missing.Add(Missing("negotiation.missing.unresolved_follow_up", new ErrorDetail("subject", item.Subject)));
        }

        var deferred = state.Agenda.Where(a => a.Settlement == Settlement.Deferred).Select(a => a.Item.Title)
            .Concat(state.Disputes.Where(d => d.Settlement == Settlement.Deferred).Select(d => d.Subject));
        foreach (var subject in deferred.Where(s => !notAgreed.Any(u => u.Subject == s)))
        {
            missing.Add(Missing("negotiation.missing.deferred_not_listed", new ErrorDetail("subject", subject)));
        }

        foreach (var action in followUps)
        {
            if (action.Description.Length == 0)
            {
                missing.Add(Missing("negotiation.missing.follow_up_description", new ErrorDetail("action", action.Id)));
            }
            else if (action.Due < context.Today)
            {
                missing.Add(Missing("negotiation.missing.follow_up_due_past", new ErrorDetail("description", action.Description), new ErrorDetail("due", action.Due)));
            }
        }

        if (followUps.Select(f => f.Id).Distinct().Count() != followUps.Length)
        {
            missing.Add(Missing("negotiation.missing.follow_up_repeated"));
        }

        return missing.Count == 0
            ? Accept(new MinutesRecorded(new Minutes(consensus, notAgreed, followUps)))
            : Gate("NEG-08", "negotiation.minutes_incomplete", missing);
    }

    // NEG-09: the review must already be approved on the day of the decision.
    private static Decision<NegotiationEvent> AttachReview(AttachContractReview c, DecisionContext context)
    {
        if (c.Review is null)
        {
            return Violation("NEG-09", "negotiation.contract_review_missing");
        }

        return c.Review.ApprovedOn > context.Today
            ? Violation("NEG-09", "negotiation.contract_review_not_yet_approved", new ErrorDetail("approvedOn", c.Review.ApprovedOn))
            : Accept(new ContractReviewAttached(c.Review));
    }

    private static RuleViolation? SigningGate(NegotiationPlan s) =>
        s.ContractReview is null ? Violation("NEG-09", "negotiation.contract_review_missing") : null;

    private static RuleViolation? FollowUpGate(NegotiationPlan s) =>
        s.Minutes is null ? Violation("NEG-08", "negotiation.minutes_missing") : null;

    private static Decision<NegotiationEvent> FinishFollowUp(FollowUpActionId id, NegotiationPlan state, Func<NegotiationEvent> finish)
    {
        if (state.FollowUps.Find(f => f.Action.Id == id) is not { } progress)
        {
            return Violation("NEG-10", "negotiation.follow_up_unknown", new ErrorDetail("action", id));
        }

        return progress.Status == FollowUpStatus.Pending
            ? Accept(finish())
            : Violation("NEG-10", "negotiation.follow_up_already_finished", new ErrorDetail("description", progress.Action.Description), new ErrorDetail("status", progress.Status));
    }

    private static Decision<NegotiationEvent> CompleteFollowUp(CompleteFollowUp c, NegotiationPlan state) =>
        FinishFollowUp(c.Action, state, () => new FollowUpCompleted(c.Action, Clean(c.Outcome)));

    // NEG-10: a cancelled follow-up action says why.
    private static Decision<NegotiationEvent> CancelFollowUp(CancelFollowUp c, NegotiationPlan state) =>
        string.IsNullOrWhiteSpace(c.Reason)
            ? Violation("NEG-10", "negotiation.cancel_reason_required")
            : FinishFollowUp(c.Action, state, () => new FollowUpCancelled(c.Action, c.Reason.Trim()));

    // NEG-10: the plan closes only when nothing is pending.
    private static RequirementsMissing? ClosingGate(NegotiationPlan s)
    {
        var pending = s.FollowUps.Where(f => f.Status == FollowUpStatus.Pending)
            .Select(f => Missing("negotiation.missing.follow_up_pending", new ErrorDetail("description", f.Action.Description), new ErrorDetail("owner", f.Action.Owner.Value), new ErrorDetail("due", f.Action.Due)))
            .ToList();
        return pending.Count == 0 ? null : Gate("NEG-10", "negotiation.follow_ups_pending", pending);
    }

    // NEG-11: an achieved value is recorded in the objective's unit.
    private static Decision<NegotiationEvent> RecordOutcome(RecordOutcome c, NegotiationPlan state)
    {
        if (state.FindObjective(c.Objective) is not { } progress)
        {
            return UnknownObjective("NEG-11", c.Objective);
        }

        return c.Achieved is not null && c.Achieved.IsComparableWith(progress.Objective.Target)
            ? Accept(new OutcomeRecorded(c.Objective, c.Achieved))
            : Violation("NEG-11", "negotiation.outcome_unit_mismatch", new ErrorDetail("metric", progress.Objective.Metric), new ErrorDetail("unit", progress.Objective.Target.Unit));
    }
}
