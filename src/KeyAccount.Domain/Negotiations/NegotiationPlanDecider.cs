using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;
using static KeyAccount.Domain.Negotiations.NegotiationAgreementRules;
using static KeyAccount.Domain.Negotiations.NegotiationBargainingRules;
using static KeyAccount.Domain.Negotiations.NegotiationExchangeRules;
using static KeyAccount.Domain.Negotiations.NegotiationMessages;
using static KeyAccount.Domain.Negotiations.NegotiationOpeningRules;
using static KeyAccount.Domain.Negotiations.NegotiationPreparationRules;
using static KeyAccount.Domain.Negotiations.NegotiationRules;

namespace KeyAccount.Domain.Negotiations;

/// <summary>
/// The negotiation plan as a decider (NEG-01 … NEG-13): commands in, events or a rejection with its rule out.
/// Every phase change is checked against <see cref="NegotiationLifecycle.Table"/> first, then against the gate the
/// row names; the rules of each phase live in their own classes. Stateless and thread-safe; use <see cref="Instance"/>.
/// </summary>
internal sealed class NegotiationPlanDecider :
    LifecycleDecider<NegotiationCommand, NegotiationEvent, NegotiationPlan, NegotiationPhase, NegotiationTrigger>,
    ICommandProposer<NegotiationCommand, NegotiationPlan>
{
    private NegotiationPlanDecider()
        : base(NegotiationPlan.Empty, NegotiationLifecycle.Table, s => s.Phase, (s, status) => s with { Phase = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static NegotiationPlanDecider Instance { get; } = new();

    /// <inheritdoc />
    /// <remarks>A plan is drafted by <see cref="PlanDrafted"/>; every later phase change is a <see cref="PhaseChanged"/>
    /// naming its trigger. The other events record something within the phase.</remarks>
    public override NegotiationTrigger? TriggerOf(NegotiationEvent @event) => @event switch
    {
        PlanDrafted => NegotiationTrigger.Draft,
        PhaseChanged e => e.Trigger,
        ObjectiveSet or TeamAssigned or CounterpartRecorded or StrategyDefined or MeetingScheduled or DelegatesIntroduced
            or PurposeStated or AgendaProposed or BackgroundShared or NeedsRecorded or QuestionRaised or QuestionAnswered
            or QuestionDeferred or SolutionProposed or SolutionDiscussed or DisputeRaised or DisputeSettled or AgendaItemSettled or ConcessionMade
            or BottomLineRevised or StrategyAdjusted or MinutesRecorded or ContractReviewAttached or ContractReviewWithdrawn or FollowUpCompleted
            or FollowUpCancelled or OutcomeRecorded => null,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a negotiation event.", nameof(@event)),
    };

    /// <inheritdoc />
    /// <remarks>Resuming fires the resume trigger of the phase the plan left. The commands that record something
    /// within a phase fire none: the phase they belong to is checked with its own rule.</remarks>
    public override NegotiationTrigger? TriggerOf(NegotiationCommand command, NegotiationPlan state) => command switch
    {
        DraftPlan => NegotiationTrigger.Draft,
        CompletePreparation => NegotiationTrigger.CompletePreparation,
        CompleteOpening => NegotiationTrigger.CompleteOpening,
        StartBargaining => NegotiationTrigger.StartBargaining,
        ReachPreliminaryAgreement => NegotiationTrigger.ReachPreliminaryAgreement,
        SignAgreement => NegotiationTrigger.Sign,
        StartFollowUp => NegotiationTrigger.StartFollowUp,
        ClosePlan => NegotiationTrigger.Close,
        SuspendNegotiation => NegotiationTrigger.Suspend,
        ResumeNegotiation => ResumeTrigger(Preconditions.CheckNotNull(state)),
        AbandonNegotiation => NegotiationTrigger.Abandon,
        SetObjective or AssignTeam or RecordCounterpart or DefineStrategy or ScheduleMeeting or IntroduceDelegates
            or StatePurpose or ProposeAgenda or ShareBackground or RecordNeeds or RaiseQuestion or AnswerQuestion
            or DeferQuestion or ProposeSolution or DiscussSolution or RaiseDispute or SettleDispute or SettleAgendaItem or MakeConcession
            or ReviseBottomLine or AdjustStrategy or RecordMinutes or AttachContractReview or WithdrawContractReview or CompleteFollowUp
            or CancelFollowUp or RecordOutcome => null,
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not a negotiation command.", nameof(command)),
    };

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

    /// <inheritdoc />
    private protected override Decision<NegotiationEvent> DecideData(NegotiationCommand command, NegotiationPlan state, DecisionContext context)
    {
        if (command is DraftPlan draft)
        {
            return Draft(draft);
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
            CompletePreparation => Move(state, NegotiationTrigger.CompletePreparation, context, null, PreparationGate(state, context)),
            IntroduceDelegates c => InPhase(state, c, "NEG-04", NegotiationPhase.Opening) ?? Introduce(c, state),
            StatePurpose c => InPhase(state, c, "NEG-04", NegotiationPhase.Opening) ?? StatePurpose(c),
            ProposeAgenda c => InPhase(state, c, "NEG-04", NegotiationPhase.Opening) ?? ProposeAgenda(c, state),
            CompleteOpening => Move(state, NegotiationTrigger.CompleteOpening, context, null, OpeningGate(state)),
            ShareBackground c => InPhase(state, c, "NEG-13", NegotiationPhase.InformationExchange) ?? ShareBackground(c, state),
            RecordNeeds c => InPhase(state, c, "NEG-13", NegotiationPhase.InformationExchange) ?? RecordNeeds(c, state),
            RaiseQuestion c => InPhase(state, c, "NEG-13", NegotiationPhase.InformationExchange) ?? RaiseQuestion(c, state),
            AnswerQuestion c => InPhase(state, c, "NEG-13", NegotiationPhase.InformationExchange) ?? AnswerQuestion(c, state),
            DeferQuestion c => InPhase(state, c, "NEG-13", NegotiationPhase.InformationExchange) ?? DeferQuestion(c, state, context),
            ProposeSolution c => InPhase(state, c, "NEG-13", NegotiationPhase.InformationExchange) ?? ProposeSolution(c, state),
            DiscussSolution c => InPhase(state, c, "NEG-13", NegotiationPhase.InformationExchange) ?? DiscussSolution(c, state),
            StartBargaining => Move(state, NegotiationTrigger.StartBargaining, context, null, ExchangeGate(state)),
            RaiseDispute c => InPhase(state, c, "NEG-07", NegotiationPhase.InformationExchange, NegotiationPhase.Bargaining) ?? RaiseDispute(c, state),
            SettleDispute c => InPhase(state, c, "NEG-07", NegotiationPhase.Bargaining) ?? SettleDispute(c, state),
            SettleAgendaItem c => InPhase(state, c, "NEG-07", NegotiationPhase.Bargaining) ?? SettleAgendaItem(c, state),
            MakeConcession c => InPhase(state, c, "NEG-05", NegotiationPhase.Bargaining) ?? MakeConcession(c, state),
            ReviseBottomLine c => InBargaining(state, c) ?? ReviseBottomLine(c, state, context),
            AdjustStrategy c => InPhase(state, c, "NEG-06", NegotiationPhase.Bargaining) ?? AdjustStrategy(c),
            ReachPreliminaryAgreement => Move(state, NegotiationTrigger.ReachPreliminaryAgreement, context, null, AgreementGate(state)),
            RecordMinutes c => InPhase(state, c, "NEG-08", NegotiationPhase.PreliminaryAgreement, NegotiationPhase.Signed) ?? RecordMinutes(c, state, context),
            AttachContractReview c => InPhase(state, c, "NEG-09", NegotiationPhase.PreliminaryAgreement) ?? AttachReview(c, state, context),
            WithdrawContractReview c => WithdrawReview(c, state, context),
            SignAgreement => Move(state, NegotiationTrigger.Sign, context, null, SigningGate(state, context)),
            StartFollowUp => Move(state, NegotiationTrigger.StartFollowUp, context, null, FollowUpGate(state)),
            CompleteFollowUp c => InPhase(state, c, "NEG-10", NegotiationPhase.FollowUp) ?? CompleteFollowUp(c, state),
            CancelFollowUp c => InPhase(state, c, "NEG-10", NegotiationPhase.FollowUp) ?? CancelFollowUp(c, state),
            RecordOutcome c => InPhase(state, c, "NEG-11", NegotiationPhase.Signed, NegotiationPhase.FollowUp, NegotiationPhase.Closed) ?? RecordOutcome(c, state),
            ClosePlan => Move(state, NegotiationTrigger.Close, context, null, ClosingGate(state)),
            SuspendNegotiation c => Move(state, NegotiationTrigger.Suspend, context, Clean(c.Reason), null),
            ResumeNegotiation => Move(state, ResumeTrigger(state), context, null, null),
            AbandonNegotiation c => Move(state, NegotiationTrigger.Abandon, context, Clean(c.Reason), null),
            _ => throw new ArgumentException($"{command.GetType().Name} is not a negotiation command.", nameof(command)),
        };
    }

    /// <inheritdoc />
    private protected override NegotiationPlan Fold(NegotiationPlan state, NegotiationEvent @event) => @event switch
    {
        PlanDrafted e => state with { Id = e.Plan, Account = e.Account, Theme = e.Theme, Topics = e.Topics },
        ObjectiveSet e => state with { Objectives = Replace(state.Objectives, o => o.Objective.Id == e.Objective.Id, ObjectiveProgress.Start(e.Objective)) },
        TeamAssigned e => state with { Lead = e.Lead, Members = e.Members },
        CounterpartRecorded e => state with { Counterparts = Replace(state.Counterparts, c => c.Name == e.Party.Name, e.Party) },
        StrategyDefined e => state with { MainPoints = e.MainPoints, StrategyBottomLine = e.BottomLine },
        MeetingScheduled e => state with { MeetingStartsAt = e.StartsAt, Venue = e.Venue },
        DelegatesIntroduced e => state with { Introduced = state.Introduced.Union(e.Names) },
        PurposeStated e => state with { Purpose = e.Purpose },
        AgendaProposed e => state with { Agenda = e.Items.Select(i => new AgendaItemProgress(i, Settlement.Open, null)).ToImmutableList() },
        BackgroundShared e => state with { Exchange = Exchanged(state, e.Counterpart, p => p with { Background = e.Background }) },
        NeedsRecorded e => state with { Exchange = Exchanged(state, e.Counterpart, p => p with { Needs = e.Needs, Intentions = e.Intentions }) },
        QuestionRaised e => state with { Questions = state.Questions.Add(new QuestionProgress(e.Question, e.Text, QuestionStatus.Open, null, null)) },
        QuestionAnswered e => state with { Questions = Update(state.Questions, q => q.Id == e.Question, q => q with { Status = QuestionStatus.Answered, Answer = e.Answer }, $"Question {e.Question}") },
        QuestionDeferred e => state with { Questions = Update(state.Questions, q => q.Id == e.Question, q => q with { Status = QuestionStatus.Deferred, FollowUp = e.FollowUp }, $"Question {e.Question}") },
        SolutionProposed e => state with { Solutions = state.Solutions.Add(new SolutionProgress(e.Solution, e.Description, e.Needs, null)) },
        SolutionDiscussed e => state with { Solutions = Update(state.Solutions, x => x.Id == e.Solution, x => x with { Assessment = e.Assessment }, $"Solution {e.Solution}") },
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
        ContractReviewAttached e => state with { ContractReview = e.Review, ContractReviewWithdrawnOn = null },
        ContractReviewWithdrawn e => state.ContractReview?.Review == e.Review
            ? state with { ContractReviewWithdrawnOn = e.WithdrawnOn }
            : throw new ArgumentException($"Contract review {e.Review} is not in the plan."),
        FollowUpCompleted e => state with { FollowUps = Update(state.FollowUps, f => f.Action.Id == e.Action, f => f with { Status = FollowUpStatus.Done, Note = e.Outcome }, $"Follow-up {e.Action}") },
        FollowUpCancelled e => state with { FollowUps = Update(state.FollowUps, f => f.Action.Id == e.Action, f => f with { Status = FollowUpStatus.Cancelled, Note = e.Reason }, $"Follow-up {e.Action}") },
        OutcomeRecorded e => state with { Objectives = Update(state.Objectives, o => o.Objective.Id == e.Objective, o => o with { Achieved = e.Achieved }, $"Objective {e.Objective}") },
        PhaseChanged e => ChangePhase(state, e),
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a negotiation event.", nameof(@event)),
    };

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

    // The table has already allowed the trigger from the plan's phase (Evolve); an event that says it left another
    // phase, or arrived in another, contradicts the history it is replayed on (GEN-02).
    private static NegotiationPlan ChangePhase(NegotiationPlan state, PhaseChanged e)
    {
        var to = NegotiationLifecycle.Table.Find(state.Phase, e.Trigger)?.To;
        if (e.From != state.Phase || e.To != to)
        {
            // The move itself is allowed; what the event records of it is not what happened: a data error, not an illegal move.
            throw new ArgumentException($"{e.Trigger} leads from {state.Phase} to {to}, not from {e.From} to {e.To}", nameof(e));
        }

        var forward = e.Trigger is not (NegotiationTrigger.Suspend or NegotiationTrigger.Abandon) && !IsResume(e.Trigger);
        return state with
        {
            SuspendedFrom = e.To == NegotiationPhase.Suspended ? e.From : null,
            CompletedAt = forward ? state.CompletedAt.SetItem(e.From, e.At) : state.CompletedAt,
        };
    }

    private static ImmutableList<PartyExchange> Exchanged(NegotiationPlan state, string? counterpart, Func<PartyExchange, PartyExchange> change) =>
        Replace(state.Exchange, p => p.Counterpart == counterpart, change(state.FindExchange(counterpart) ?? new PartyExchange(counterpart, null, [], null)));

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

    // The table has allowed the move (Decide asks it first); the gate of the row decides whether it may happen now.
    private static Decision<NegotiationEvent> Move(NegotiationPlan state, NegotiationTrigger trigger, DecisionContext context, string? reason, DomainError? gate)
    {
        if (gate is not null)
        {
            return gate;
        }

        var to = NegotiationLifecycle.Table.Find(state.Phase, trigger)!.To;
        return Accept(new PhaseChanged(trigger, state.Phase, to, context.Now, reason));
    }
}
