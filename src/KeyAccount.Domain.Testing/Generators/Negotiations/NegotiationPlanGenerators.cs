using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators.Negotiations;

/// <summary>
/// FsCheck generators for the <see cref="NegotiationPlanAggregate"/>: the values its commands carry, candidate commands
/// for a plan in any phase, and valid histories that walk a plan from its draft through every phase to its close.
/// </summary>
/// <remarks>
/// <see cref="Commands(NegotiationPlan, DecisionContext)"/> mostly proposes what the plan's phase allows and still
/// misses (an objective while there is none, the introduction of a delegate not yet introduced, the settlement of an
/// open agenda item, a pending follow-up action…) and strongly favours a phase change that the decider would accept,
/// so that histories get deep; a few candidates of any type with random content keep the rejections exercised.
/// Dates are drawn relative to the decision context (meetings after it, follow-ups due from its day on, contract
/// reviews are the kit's <see cref="ContractReviewSources"/>, supplied by <see cref="ContextFor"/>), so candidates stay
/// valid at any time from 2025-01-09 on.
/// </remarks>
public static class NegotiationPlanGenerators
{

    private static readonly string[] OurPeople = ["Wang Lei", "Li Na", "Zhang Wei", "Liu Yang", "Zhao Min", "Sun Hao"];

    private static readonly string[] TheirPeople = ["Chen Gang", "Huang Li", "Wu Tao", "Xu Fang", "Zhou Qian"];

    private static readonly string[] Phrases =
    [
        "price cut for volume", "longer payment terms", "bundle the price cut with a longer term", "volume commitment",
        "faster delivery", "penalty for late delivery", "service level for spare parts", "annual price review",
    ];

    /// <summary>Gets any topic of a negotiation.</summary>
    public static Gen<NegotiationTopic> Topic { get; } = Gen.Elements(Enum.GetValues<NegotiationTopic>());

    /// <summary>Gets one to three distinct topics, as a plan's theme has them (NEG-01).</summary>
    public static Gen<IReadOnlyList<NegotiationTopic>> Topics { get; } =
        from all in Gen.Shuffle(Enum.GetValues<NegotiationTopic>())
        from count in Gen.Choose(1, 3)
        select (IReadOnlyList<NegotiationTopic>)all[..count];

    /// <summary>Gets short non-blank phrases for themes, positions, notes and reasons.</summary>
    public static Gen<string> Phrase { get; } = Gen.Elements(Phrases);

    /// <summary>Gets members of our team with a name and a role (NEG-03).</summary>
    public static Gen<TeamMember> TeamMember { get; } =
        from person in KernelGenerators.Actor
        from name in Gen.Elements(OurPeople)
        from role in Gen.Elements("lead negotiator", "pricing analyst", "legal counsel", "account manager")
        select new TeamMember(person, name, role);

    /// <summary>Gets counterpart parties analysed completely: a name, a position, requirements and delegates (NEG-03).</summary>
    public static Gen<CounterpartParty> Counterpart { get; } =
        from name in Gen.Elements("Huaxin Purchasing", "Huaxin Finance", "Huaxin Quality")
        from position in Phrase
        from requirements in Phrase.NonEmptyListOf()
        from delegates in Gen.Shuffle(TheirPeople)
        from count in Gen.Choose(1, 2)
        select new CounterpartParty(name, position, [.. requirements.Distinct()], [.. delegates[..count]]);

    /// <summary>Gets units of measure, with the currency that money needs.</summary>
    public static Gen<(MeasureUnit Unit, Currency? Currency)> Unit { get; } =
        from unit in Gen.Elements(Enum.GetValues<MeasureUnit>())
        from currency in KernelGenerators.Currency
        select (unit, unit == MeasureUnit.Money ? currency : (Currency?)null);

    /// <summary>Gets measures of any unit, from −100 to 100 with at most two decimals.</summary>
    public static Gen<Measure> Measure { get; } =
        from unit in Unit
        from value in Cents(-10_000, 10_000)
        select new Measure(unit.Unit, value, unit.Currency);

    /// <summary>Returns measurable objectives on the given topics, with a bottom line on the right side of the target
    /// and an estimate of the counterpart's bottom line (NEG-02, NEG-03).</summary>
    /// <param name="topics">The topics to choose from, at least one.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException"><paramref name="topics"/> is empty.</exception>
    public static Gen<Objective> ObjectiveOn(IReadOnlyList<NegotiationTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (topics.Count == 0)
        {
            throw new ArgumentException("At least one topic is needed.", nameof(topics));
        }

        return from id in KernelGenerators.Identifier<ObjectiveId>()
               from topic in Gen.Elements(topics.ToArray())
               from metric in Gen.Elements("unit price change", "contract term extension", "payment days", "annual volume")
               from preference in Gen.Elements(Preference.Higher, Preference.Lower)
               from unit in Unit
               from target in Cents(-5_000, 5_000)
               from slack in Cents(0, 2_000)
               from estimate in Cents(-2_000, 2_000)
               let bottom = preference == Preference.Higher ? target - slack : target + slack
               select new Objective(
                   id, topic, metric, preference, new Measure(unit.Unit, target, unit.Currency), new Measure(unit.Unit, bottom, unit.Currency),
                   new Measure(unit.Unit, bottom + estimate, unit.Currency));
    }

    /// <summary>Returns agendas that cover every given topic with one item each, in any order (NEG-04).</summary>
    /// <param name="topics">The topics of the plan.</param>
    /// <returns>The generator.</returns>
    public static Gen<IReadOnlyList<AgendaItem>> AgendaFor(IReadOnlyList<NegotiationTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return from order in Gen.Shuffle(topics.ToArray())
               from items in Gen.CollectToArray(order, topic =>
                   from id in KernelGenerators.Identifier<AgendaItemId>()
                   from title in Phrase
                   select new AgendaItem(id, title, topic))
               select (IReadOnlyList<AgendaItem>)items;
    }

    /// <summary>Gets needs with an identifier and a description, as a party records them in the information exchange (NEG-13).</summary>
    public static Gen<Need> Need { get; } =
        from id in KernelGenerators.Identifier<NeedId>()
        from description in Gen.Elements("delivery within 10 days of the order", "one invoice a month", "spare parts for ten years", "a named service engineer")
        select new Need(id, description);

    /// <summary>Returns follow-up actions described, owned and due within sixty days of <paramref name="today"/> (NEG-08).</summary>
    /// <param name="today">The first day an action may be due.</param>
    /// <returns>The generator.</returns>
    public static Gen<FollowUpAction> FollowUpFrom(LocalDate today) =>
        from id in KernelGenerators.Identifier<FollowUpActionId>()
        from description in Gen.Elements("Send the contract draft", "Agree the late-delivery penalty", "Confirm the volume forecast")
        from owner in KernelGenerators.Actor
        from days in Gen.Choose(0, 60)
        select new FollowUpAction(id, description, owner, today.PlusDays(days));

    /// <summary>
    /// Returns minutes that the decider accepts for the plan on <paramref name="today"/> (NEG-08): a consensus, every
    /// deferred agenda item and dispute listed as not agreed with its own follow-up action, the action of every question
    /// deferred in the information exchange (due no earlier than <paramref name="today"/>), and up to two more actions.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="today">The day of the decision.</param>
    /// <returns>The generator.</returns>
    public static Gen<Minutes> MinutesFor(NegotiationPlan plan, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var deferred = plan.Agenda.Where(a => a.Settlement == Settlement.Deferred).Select(a => a.Item.Title)
            .Concat(plan.Disputes.Where(d => d.Settlement == Settlement.Deferred).Select(d => d.Subject))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var agreed = plan.Agenda.Where(a => a.Settlement == Settlement.Agreed).Select(a => a.Item.Title).Distinct(StringComparer.Ordinal).ToArray();
        var questions = plan.Questions.Select(q => q.FollowUp).OfType<FollowUpAction>().Select(a => a.Due < today ? a with { Due = today } : a).ToArray();
        return from consensus in agreed.Length > 0 ? Gen.Constant(agreed) : Phrase.Select(p => new[] { p })
               from owed in Gen.CollectToArray(deferred, subject => FollowUpFrom(today).Select(action => (Item: new UnresolvedItem(subject, action.Id), Action: action)))
               from more in Gen.Choose(owed.Length + questions.Length == 0 ? 1 : 0, 2).SelectMany(n => FollowUpFrom(today).ArrayOf(n))
               select new Minutes([.. consensus], [.. owed.Select(o => o.Item)], [.. owed.Select(o => o.Action), .. questions, .. more]);
    }

    /// <summary>Returns the reference of the plan's account's review (<see cref="ContractReviewSources"/>, NEG-09): as first
    /// approved, or as approved again once the plan's reference was withdrawn (CR-05).</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static ContractReviewReference ContractReviewFor(NegotiationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return ContractReviewSources.State(plan.Account, reapproved: plan.ContractReviewWithdrawnOn is not null).Reference!;
    }

    /// <summary>Returns the context to decide a plan's command in (GEN-11): the context with the state of the plan's
    /// account's review (<see cref="ContractReviewSources"/>) as attaching, signing or withdrawing relies on it: approved in
    /// the round of the reference, or amended for <see cref="WithdrawContractReview"/>.</summary>
    /// <param name="plan">The plan so far.</param>
    /// <param name="command">The command.</param>
    /// <param name="context">The context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The context.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static DecisionContext ContextFor(NegotiationPlan plan, NegotiationCommand command, DecisionContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var plain = context ?? TestContexts.Default;
        return command switch
        {
            AttachContractReview c => ContractReviewSources.Supply(plain, plan.Account, reapproved: c.Review?.Round == 2),
            SignAgreement => ContractReviewSources.Supply(plain, plan.Account, reapproved: plan.ContractReview?.Round == 2),
            WithdrawContractReview => ContractReviewSources.Supply(plain, plan.Account, amended: true),
            _ => plain,
        };
    }

    /// <summary>Gets commands of every type with random content, unrelated to any plan: nearly all of them are
    /// rejected, which keeps the rules' "no" exercised.</summary>
    public static Gen<NegotiationCommand> AnyCommand { get; } = Gen.OneOf(
        Draft(Gen.Elements("", " ", "2025 supply agreement renewal"), Topic.ListOf().Select(t => (IReadOnlyList<NegotiationTopic>)t.ToArray())),
        Topics.SelectMany(ObjectiveOn).Select(o => Cmd(new SetObjective(o))),
        from lead in TeamMember from role in Gen.Elements("", "analyst") select Cmd(new AssignTeam(lead, [lead with { Role = role }])),
        from name in Gen.Elements("", "Huaxin Purchasing") select Cmd(new RecordCounterpart(new CounterpartParty(name, "", [], []))),
        Phrase.Select(p => Cmd(new DefineStrategy([p], p))),
        from days in Gen.Choose(-30, 30) from venue in Gen.Elements("", "room 3") select Cmd(new ScheduleMeeting(Instant.FromUtc(2025, 3, 3, 2, 0).Plus(Duration.FromDays(days)), venue)),
        Gen.Constant(Cmd(new CompletePreparation())),
        Gen.Elements(OurPeople.Concat(TheirPeople).Append("Nobody").ToArray()).ListOf().Select(n => Cmd(new IntroduceDelegates([.. n]))),
        Gen.Elements("", "renew the supply agreement").Select(p => Cmd(new StatePurpose(p))),
        Topics.SelectMany(AgendaFor).Select(items => Cmd(new ProposeAgenda(items))),
        Gen.Constant(Cmd(new CompleteOpening())),
        from party in Gen.Elements<string?>(null, "", "Huaxin Purchasing") from text in Gen.Elements("", "a listed gear maker") select Cmd(new ShareBackground(party, text)),
        from party in Gen.Elements<string?>(null, "Huaxin Purchasing") from needs in Need.ListOf() from intent in Gen.Elements("", "a five-year partnership")
            select Cmd(new RecordNeeds(party, [.. needs], intent)),
        from id in KernelGenerators.Identifier<QuestionId>() from text in Gen.Elements("", "Can you deliver within 10 days?") select Cmd(new RaiseQuestion(id, text)),
        from id in KernelGenerators.Identifier<QuestionId>() from answer in Gen.Elements("", "yes, from the Ningbo stock") select Cmd(new AnswerQuestion(id, answer)),
        from id in KernelGenerators.Identifier<QuestionId>() from action in FollowUpFrom(new LocalDate(2025, 1, 1)) select Cmd(new DeferQuestion(id, action)),
        from id in KernelGenerators.Identifier<SolutionId>() from needs in KernelGenerators.Identifier<NeedId>().ListOf() select Cmd(new ProposeSolution(id, "consignment stock", [.. needs])),
        from id in KernelGenerators.Identifier<SolutionId>() from text in Gen.Elements("", "acceptable") select Cmd(new DiscussSolution(id, text)),
        Gen.Constant(Cmd(new StartBargaining())),
        from id in KernelGenerators.Identifier<DisputeId>() from subject in Gen.Elements("", "penalty for late delivery") select Cmd(new RaiseDispute(id, subject)),
        from id in KernelGenerators.Identifier<DisputeId>() from s in Gen.Elements(Enum.GetValues<Settlement>()) select Cmd(new SettleDispute(id, s, "later")),
        from id in KernelGenerators.Identifier<AgendaItemId>() from s in Gen.Elements(Enum.GetValues<Settlement>()) select Cmd(new SettleAgendaItem(id, s, "agreed")),
        from id in KernelGenerators.Identifier<ObjectiveId>() from m in Measure select Cmd(new MakeConcession(id, m, "move")),
        from id in KernelGenerators.Identifier<ObjectiveId>() from m in Measure from who in KernelGenerators.Actor select Cmd(new ReviseBottomLine(id, m, who, "approved")),
        from what in Gen.Elements("", "term first") from why in Gen.Elements("", "volume firm") select Cmd(new AdjustStrategy(what, why)),
        Gen.Constant(Cmd(new ReachPreliminaryAgreement())),
        FollowUpFrom(new LocalDate(2025, 1, 1)).Select(a => Cmd(new RecordMinutes(new Minutes([], [new UnresolvedItem("open", a.Id)], [a])))),
        Gen.Elements(false, true).Select(again => Cmd(new AttachContractReview(ContractReviewSources.State(AccountId.From(Guid.Empty), reapproved: again).Reference!))),
        KernelGenerators.Identifier<ContractReviewId>().Select(id => Cmd(new WithdrawContractReview(id))),
        Gen.Constant(Cmd(new SignAgreement())),
        Gen.Constant(Cmd(new StartFollowUp())),
        from id in KernelGenerators.Identifier<FollowUpActionId>() select Cmd(new CompleteFollowUp(id, "done")),
        from id in KernelGenerators.Identifier<FollowUpActionId>() from why in Gen.Elements("", "not needed") select Cmd(new CancelFollowUp(id, why)),
        from id in KernelGenerators.Identifier<ObjectiveId>() from m in Measure select Cmd(new RecordOutcome(id, m)),
        Gen.Constant(Cmd(new ClosePlan())),
        Gen.Elements<string?>(null, "deadlock").Select(r => Cmd(new SuspendNegotiation(r))),
        Gen.Constant(Cmd(new ResumeNegotiation())),
        Gen.Elements<string?>(null, "lost to a competitor").Select(r => Cmd(new AbandonNegotiation(r))));

    /// <summary>Returns candidate commands for a plan, decided at <see cref="TestContexts.Default"/>.</summary>
    /// <param name="state">The plan so far.</param>
    /// <returns>The generator.</returns>
    public static Gen<NegotiationCommand> Commands(NegotiationPlan state) => Commands(state, TestContexts.Default);

    /// <summary>Returns candidate commands for a plan: mostly ones its phase allows and that target what the plan holds
    /// or still misses, sometimes any command (see the remarks of <see cref="NegotiationPlanGenerators"/>).</summary>
    /// <param name="state">The plan so far.</param>
    /// <param name="context">The context the commands will be decided in (for the dates they carry).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<NegotiationCommand> Commands(NegotiationPlan state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        List<(int, Gen<NegotiationCommand>)> targeted = !state.IsDrafted
            ? [(1, Draft(Phrase, Topics))]
            : state.Phase switch
            {
                NegotiationPhase.Preparation => Preparation(state, context),
                NegotiationPhase.Opening => Opening(state, context),
                NegotiationPhase.InformationExchange => Exchange(state, context),
                NegotiationPhase.Bargaining => Bargaining(state, context),
                NegotiationPhase.PreliminaryAgreement => Agreement(state, context),
                NegotiationPhase.Signed =>
                [
                    (1, MinutesFor(state, context.Today).Select(m => Cmd(new RecordMinutes(m)))), (2, Outcome(state)),
                    (2, Move(new StartFollowUp(), state, context)),
                ],
                NegotiationPhase.FollowUp => FollowUp(state, context),
                NegotiationPhase.Closed => [(1, Outcome(state))],
                NegotiationPhase.Suspended =>
                [
                    (8, Gen.Constant(Cmd(new ResumeNegotiation()))), (1, Gen.Constant(Cmd(new AbandonNegotiation("no way forward")))),
                    (state.SuspendedFrom == NegotiationPhase.Bargaining ? 2 : 0, Revise(state)),
                ],
                _ => [],
            };
        NegotiationCommand suspension = new SuspendNegotiation(null);
        var suspend = NegotiationPlanAggregate.Definition.Decider.Decide(suspension, state, ContextFor(state, suspension, context)).IsAccepted ? 1 : 0;
        return Frequency(
            (24, Frequency([.. targeted])),
            (suspend, Phrase.Select(r => Cmd(new SuspendNegotiation(r)))),
            (3, AnyCommand));
    }

    /// <summary>Returns valid histories of negotiation plans, from the draft on, deep enough to close plans.</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<NegotiationCommand, NegotiationEvent, NegotiationPlan>> Histories(DecisionContext? context = null)
    {
        var at = context ?? TestContexts.Default;
        return Generators.Histories.OverTime(
            NegotiationPlanAggregate.Definition.Decider, Commands, (today, state, command) => ContextFor(state, command, today), at, maxAttempts: 150);
    }

    private static List<(int, Gen<NegotiationCommand>)> Preparation(NegotiationPlan s, DecisionContext context) =>
    [
        (s.Objectives.IsEmpty ? 6 : 1, ObjectiveOn(s.Topics).Select(o => Cmd(new SetObjective(o)))),
        (s.Lead is null || s.Members.IsEmpty ? 6 : 1, from lead in TeamMember from members in TeamMember.NonEmptyListOf() select Cmd(new AssignTeam(lead, [.. members.Take(3)]))),
        (s.Counterparts.IsEmpty ? 6 : 1, Counterpart.Select(p => Cmd(new RecordCounterpart(p)))),
        (s.MainPoints.IsEmpty ? 6 : 1, from points in Phrase.NonEmptyListOf() from bottom in Phrase select Cmd(new DefineStrategy([.. points], bottom))),
        (s.MeetingStartsAt is not { } at || at <= context.Now ? 6 : 1,
            from hours in Gen.Choose(1, 30 * 24) from venue in Gen.Elements("Customer HQ, room 3", "our office, room 12")
            select Cmd(new ScheduleMeeting(context.Now.Plus(Duration.FromHours(hours)), venue))),
        (3, Move(new CompletePreparation(), s, context)),
    ];

    private static List<(int, Gen<NegotiationCommand>)> Opening(NegotiationPlan s, DecisionContext context)
    {
        var waiting = s.Delegates.Where(d => !s.Introduced.Contains(d)).ToArray();
        var names = waiting.Length > 0 ? waiting : [.. s.Delegates];
        return
        [
            (names.Length == 0 ? 0 : waiting.Length > 0 ? 6 : 1, names.Length == 0 ? AnyCommand : Gen.SubListOf(names).Where(l => l.Count > 0).Select(l => Cmd(new IntroduceDelegates([.. l])))),
            (s.Purpose is null ? 5 : 1, Phrase.Select(p => Cmd(new StatePurpose(p)))),
            (s.Agenda.IsEmpty ? 5 : 1, AgendaFor(s.Topics).Select(items => Cmd(new ProposeAgenda(items)))),
            (3, Move(new CompleteOpening(), s, context)),
        ];
    }

    // NEG-13: each party's background and needs while missing, questions answered or deferred, solutions against the
    // recorded needs and their discussion; bargaining is proposed often, and accepted once all of it is there.
    private static List<(int, Gen<NegotiationCommand>)> Exchange(NegotiationPlan s, DecisionContext context)
    {
        var parties = s.Counterparts.Select(c => (string?)c.Name).Prepend(null).ToArray();
        var silent = parties.Where(p => s.FindExchange(p)?.Background is null).ToArray();
        var needless = parties.Where(p => s.FindExchange(p) is not { Needs.IsEmpty: false }).ToArray();
        var open = s.Questions.Where(q => q.Status == QuestionStatus.Open).Select(q => q.Id).ToArray();
        var needs = s.Needs.Select(n => n.Id).ToArray();
        var undiscussed = s.Solutions.Where(x => x.Assessment is null).Select(x => x.Id).ToArray();
        return
        [
            (silent.Length > 0 ? 5 : 1, from party in Gen.Elements(silent.Length > 0 ? silent : parties)
                from text in Gen.Elements("a listed gear maker with three plants", "the region's largest pump buyer", "a family-owned distributor")
                select Cmd(new ShareBackground(party, text))),
            (needless.Length > 0 ? 5 : 1, from party in Gen.Elements(needless.Length > 0 ? needless : parties)
                from list in Need.NonEmptyListOf()
                from intent in Phrase
                select Cmd(new RecordNeeds(party, [.. list.Take(3)], intent))),
            (s.Questions.Count < 2 ? 2 : 1, from id in KernelGenerators.Identifier<QuestionId>()
                from text in Gen.Elements("Can you deliver within 10 days?", "Who services the pumps on site?", "Is the volume forecast binding?")
                select Cmd(new RaiseQuestion(id, text))),
            (open.Length > 0 ? 4 : 0, open.Length == 0 ? AnyCommand : from id in Gen.Elements(open) from answer in Phrase select Cmd(new AnswerQuestion(id, answer))),
            (open.Length > 0 ? 2 : 0, open.Length == 0 ? AnyCommand : from id in Gen.Elements(open) from action in FollowUpFrom(context.Today) select Cmd(new DeferQuestion(id, action))),
            (needs.Length == 0 ? 0 : s.Solutions.IsEmpty ? 5 : 1, needs.Length == 0 ? AnyCommand :
                from id in KernelGenerators.Identifier<SolutionId>()
                from description in Phrase
                from answered in Gen.SubListOf(needs).Where(l => l.Count > 0)
                select Cmd(new ProposeSolution(id, description, [.. answered]))),
            (undiscussed.Length > 0 ? 5 : 0, undiscussed.Length == 0 ? AnyCommand : from id in Gen.Elements(undiscussed) from assessment in Phrase select Cmd(new DiscussSolution(id, assessment))),
            (1, RaiseDispute),
            (3, Move(new StartBargaining(), s, context)),
        ];
    }

    private static List<(int, Gen<NegotiationCommand>)> Bargaining(NegotiationPlan s, DecisionContext context)
    {
        var open = s.Agenda.Where(a => a.Settlement == Settlement.Open).Select(a => a.Item.Id).ToArray();
        var openDisputes = s.Disputes.Where(d => d.Settlement == Settlement.Open).Select(d => d.Id).ToArray();
        var settlement = Gen.Frequency((3, Gen.Constant(Settlement.Agreed)), (1, Gen.Constant(Settlement.Deferred)));
        return
        [
            (1, RaiseDispute),
            (openDisputes.Length > 0 ? 5 : s.Disputes.IsEmpty ? 0 : 1, s.Disputes.IsEmpty ? AnyCommand :
                from id in Gen.Elements(openDisputes.Length > 0 ? openDisputes : [.. s.Disputes.Select(d => d.Id)])
                from how in settlement
                from note in Phrase
                select Cmd(new SettleDispute(id, how, note))),
            (open.Length > 0 ? 5 : s.Agenda.IsEmpty ? 0 : 1, s.Agenda.IsEmpty ? AnyCommand :
                from id in Gen.Elements(open.Length > 0 ? open : [.. s.Agenda.Select(a => a.Item.Id)])
                from how in settlement
                from note in Phrase
                select Cmd(new SettleAgendaItem(id, how, note))),
            (s.Objectives.IsEmpty ? 0 : 2, Concession(s)),
            (s.Objectives.IsEmpty ? 0 : 1, Revise(s)),
            (1, from what in Phrase from why in Phrase select Cmd(new AdjustStrategy(what, why))),
            (3, Move(new ReachPreliminaryAgreement(), s, context)),
        ];
    }

    private static List<(int, Gen<NegotiationCommand>)> Agreement(NegotiationPlan s, DecisionContext context) =>
    [
        (s.Minutes is null ? 5 : 1, MinutesFor(s, context.Today).Select(m => Cmd(new RecordMinutes(m)))),
        (s.ContractReview is null || s.ContractReviewWithdrawnOn is not null ? 5 : 1, Gen.Constant(Cmd(new AttachContractReview(ContractReviewFor(s))))),
        (s.ContractReview is null ? 0 : 1, Gen.Constant(Cmd(new WithdrawContractReview(ContractReviewSources.ReviewOf(s.Account))))),
        (3, Move(new SignAgreement(), s, context)),
    ];

    private static List<(int, Gen<NegotiationCommand>)> FollowUp(NegotiationPlan s, DecisionContext context)
    {
        var pending = s.FollowUps.Where(f => f.Status == FollowUpStatus.Pending).Select(f => f.Action.Id).ToArray();
        var targets = pending.Length > 0 ? pending : [.. s.FollowUps.Select(f => f.Action.Id)];
        var weight = pending.Length > 0 ? 4 : targets.Length > 0 ? 1 : 0;
        return
        [
            (weight, weight == 0 ? AnyCommand : from id in Gen.Elements(targets) from outcome in Phrase select Cmd(new CompleteFollowUp(id, outcome))),
            (weight, weight == 0 ? AnyCommand : from id in Gen.Elements(targets) from reason in Phrase select Cmd(new CancelFollowUp(id, reason))),
            (1, Outcome(s)),
            (3, Move(new ClosePlan(), s, context)),
        ];
    }

    // A concession of a quarter to all of the room left to the bottom line, now and then more (and so rejected, NEG-05).
    private static Gen<NegotiationCommand> Concession(NegotiationPlan s) =>
        from progress in Gen.Elements(s.Objectives.ToArray())
        from quarters in Gen.Frequency((6, Gen.Choose(1, 4)), (1, Gen.Constant(6)))
        from note in Phrase
        let room = Math.Abs(progress.BottomLine.Value - progress.Position.Value)
        let amount = Math.Max(0.01m, Math.Round(room * quarters / 4m, 2))
        select Cmd(new MakeConcession(progress.Objective.Id, new Measure(progress.Position.Unit, amount, progress.Position.Currency), note));

    // A revision approved by the lead (the default authority), to a value at or beyond the position, NEG-05.
    private static Gen<NegotiationCommand> Revise(NegotiationPlan s) =>
        s.Objectives.IsEmpty
            ? AnyCommand
            : from progress in Gen.Elements(s.Objectives.ToArray())
              from step in Cents(0, 500)
              from approver in s.Lead is { } lead ? Gen.Frequency((5, Gen.Constant(lead.Person)), (1, KernelGenerators.Actor)) : KernelGenerators.Actor
              let worse = progress.Objective.Preference == Preference.Higher ? -step : step
              select Cmd(new ReviseBottomLine(
                  progress.Objective.Id, new Measure(progress.Position.Unit, progress.Position.Value + worse, progress.Position.Currency), approver, "approved by the lead"));

    private static Gen<NegotiationCommand> Outcome(NegotiationPlan s) =>
        s.Objectives.IsEmpty
            ? AnyCommand
            : from progress in Gen.Elements(s.Objectives.ToArray())
              from value in Cents(-10_000, 10_000)
              select Cmd(new RecordOutcome(progress.Objective.Id, new Measure(progress.Objective.Target.Unit, value, progress.Objective.Target.Currency)));

    private static Gen<NegotiationCommand> RaiseDispute { get; } =
        from id in KernelGenerators.Identifier<DisputeId>()
        from subject in Phrase
        select Cmd(new RaiseDispute(id, subject));

    // A phase change is proposed often when the decider would accept it, so that histories move on.
    private static Gen<NegotiationCommand> Move(NegotiationCommand command, NegotiationPlan s, DecisionContext context) =>
        NegotiationPlanAggregate.Definition.Decider.Decide(command, s, ContextFor(s, command, context)).IsAccepted
            ? Gen.Constant(command)
            : Gen.Frequency((1, Gen.Constant(command)), (4, AnyCommand));

    private static Gen<NegotiationCommand> Draft(Gen<string> themes, Gen<IReadOnlyList<NegotiationTopic>> topics) =>
        from plan in KernelGenerators.Identifier<NegotiationPlanId>()
        from account in KernelGenerators.Identifier<AccountId>()
        from theme in themes
        from chosen in topics
        select Cmd(new DraftPlan(plan, account, theme, chosen));

    private static Gen<decimal> Cents(int from, int to) => Gen.Choose(from, to).Select(c => c / 100m);

    // A frequency over the choices of positive weight; any command when there is none (an abandoned plan).
    private static Gen<NegotiationCommand> Frequency(params (int Weight, Gen<NegotiationCommand> Gen)[] choices)
    {
        var positive = choices.Where(c => c.Weight > 0).ToArray();
        return positive.Length == 0 ? AnyCommand : Gen.Frequency(positive);
    }

    private static NegotiationCommand Cmd(NegotiationCommand command) => command;
}
