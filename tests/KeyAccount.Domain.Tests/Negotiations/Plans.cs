using System;
using System.Collections.Immutable;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;

namespace KeyAccount.Domain.Tests.Negotiations;

/// <summary>Plans at each phase, built by running commands through the decider (so every fixture is reachable).</summary>
internal static class Plans
{
    public static readonly NegotiationPlanDecider Plan = NegotiationPlanDecider.Instance;
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Monday 2025-03-03 10:00 in Shanghai: the time of every fixture's decisions.</summary>
    /// <remarks>It carries the state of the account's approved review (the kit's), which <see cref="Review"/> refers to (GEN-11).</remarks>
    public static DecisionContext Now => ContractReviewSources.Supply(TestContexts.Default, Account);

    public static readonly NegotiationPlanId PlanId = NegotiationPlanId.From(Guid.Parse("00000000-0000-0000-0000-0000000000a1"));
    public static readonly AccountId Account = AccountId.From(Guid.Parse("00000000-0000-0000-0000-0000000000a2"));
    public static readonly ObjectiveId Price = ObjectiveId.From(Guid.Parse("00000000-0000-0000-0000-0000000000b1"));
    public static readonly ObjectiveId Term = ObjectiveId.From(Guid.Parse("00000000-0000-0000-0000-0000000000b2"));
    public static readonly AgendaItemId PriceItem = AgendaItemId.From(Guid.Parse("00000000-0000-0000-0000-0000000000c1"));
    public static readonly AgendaItemId TermItem = AgendaItemId.From(Guid.Parse("00000000-0000-0000-0000-0000000000c2"));
    public static readonly DisputeId Penalty = DisputeId.From(Guid.Parse("00000000-0000-0000-0000-0000000000d1"));
    public static readonly FollowUpActionId PenaltyAction = FollowUpActionId.From(Guid.Parse("00000000-0000-0000-0000-0000000000e1"));
    public static readonly FollowUpActionId DraftAction = FollowUpActionId.From(Guid.Parse("00000000-0000-0000-0000-0000000000e2"));
    public static readonly NeedId LongTermNeed = NeedId.From(Guid.Parse("00000000-0000-0000-0000-0000000000f1"));
    public static readonly NeedId FastDeliveryNeed = NeedId.From(Guid.Parse("00000000-0000-0000-0000-0000000000f2"));
    public static readonly QuestionId StockQuestion = QuestionId.From(Guid.Parse("00000000-0000-0000-0000-0000000000f3"));
    public static readonly SolutionId Consignment = SolutionId.From(Guid.Parse("00000000-0000-0000-0000-0000000000f4"));
    public static readonly ActorId Lead = new("E1001");
    public static readonly ActorId Analyst = new("E1002");
    public static readonly ActorId Director = new("E0001");
    public static readonly Instant Meeting = At(2025, 3, 10, 14);

    public static readonly ContractReviewReference Review = ContractReviewSources.State(Account).Reference!;

    /// <summary>Price change: lower is better; target −5 %, bottom line −2 %, their bottom line estimated at −3 %.</summary>
    public static Objective PriceObjective { get; } =
        new(Price, NegotiationTopic.Price, "unit price change", Preference.Lower, Measure.Percent(-5m), Measure.Percent(-2m), Measure.Percent(-3m));

    /// <summary>Contract term extension: higher is better; target 12 months, bottom line 6, their bottom line estimated at 12.</summary>
    public static Objective TermObjective { get; } =
        new(Term, NegotiationTopic.ContractTerms, "contract term extension", Preference.Higher, Measure.Months(12m), Measure.Months(6m), Measure.Months(12m));

    public static Instant At(int year, int month, int day, int hour) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(Shanghai).ToInstant();

    /// <summary>Applies commands in order at <see cref="Now"/>; a rejection fails the fixture.</summary>
    public static NegotiationPlan Run(NegotiationPlan state, params NegotiationCommand[] commands)
    {
        foreach (var command in commands)
        {
            var (decision, next) = Plan.Apply(command, state, Now);
            if (decision.IsRejected)
            {
                throw new InvalidOperationException($"{command} was rejected: {decision.Error}");
            }

            state = next;
        }

        return state;
    }

    public static DraftPlan Draft { get; } = new(PlanId, Account, "2025 supply agreement renewal", [NegotiationTopic.Price, NegotiationTopic.ContractTerms]);

    public static NegotiationPlan Drafted => Run(NegotiationPlan.Empty, Draft);

    public static AssignTeam Team { get; } = new(new TeamMember(Lead, "Wang Lei", "lead negotiator"), [new TeamMember(Analyst, "Li Na", "pricing analyst")]);

    public static RecordCounterpart Counterpart { get; } =
        new(new CounterpartParty("Huaxin Purchasing", "price cut for volume", ["3 % lower unit price"], ["Chen Gang"]));

    public static NegotiationPlan ReadyToOpen => Run(Drafted, Preparation);

    /// <summary>The commands from <see cref="Drafted"/> to <see cref="ReadyToOpen"/>.</summary>
    public static NegotiationCommand[] Preparation =>
    [
        new SetObjective(PriceObjective),
        new SetObjective(TermObjective),
        Team,
        Counterpart,
        new DefineStrategy(["bundle the price cut with a longer term"], "no more than 2 % off"),
        new ScheduleMeeting(Meeting, "Customer HQ, room 3"),
    ];

    public static NegotiationPlan InOpening => Run(ReadyToOpen, new CompletePreparation());

    public static ProposeAgenda Agenda { get; } = new(
    [
        new AgendaItem(PriceItem, "Unit price for 2025", NegotiationTopic.Price),
        new AgendaItem(TermItem, "Term of the agreement", NegotiationTopic.ContractTerms),
    ]);

    public static NegotiationPlan OpeningDone => Run(InOpening, Opening);

    /// <summary>The commands from <see cref="InOpening"/> to <see cref="OpeningDone"/>.</summary>
    public static NegotiationCommand[] Opening =>
    [
        new IntroduceDelegates(["Wang Lei", "Li Na", "Chen Gang"]),
        new StatePurpose("renew the supply agreement for 2025"),
        Agenda,
    ];

    public static NegotiationPlan InExchange => Run(OpeningDone, new CompleteOpening());

    public static NegotiationPlan ExchangeDone => Run(InExchange, Exchange);

    /// <summary>The commands from <see cref="InExchange"/> to <see cref="ExchangeDone"/>: both parties' background and
    /// needs, a question answered, a solution discussed against a recorded need (NEG-13).</summary>
    public static NegotiationCommand[] Exchange =>
    [
        new ShareBackground(null, "gear pump maker with three plants"),
        new ShareBackground("Huaxin Purchasing", "buys 20,000 pumps a year for its Wuxi plant"),
        new RecordNeeds(null, [new Need(LongTermNeed, "a 12-month term")], "a long-term partnership"),
        new RecordNeeds("Huaxin Purchasing", [new Need(FastDeliveryNeed, "delivery within 10 days of the order")], "a lower unit price for its volume"),
        new RaiseQuestion(StockQuestion, "Can you hold consignment stock in Wuxi?"),
        new AnswerQuestion(StockQuestion, "yes, up to 500 pumps"),
        new ProposeSolution(Consignment, "consignment stock in Wuxi", [FastDeliveryNeed]),
        new DiscussSolution(Consignment, "accepted in principle"),
    ];

    public static NegotiationPlan InBargaining => Run(ExchangeDone, new StartBargaining());

    public static NegotiationPlan ReadyToAgree => Run(InBargaining, Bargaining);

    /// <summary>The commands from <see cref="InBargaining"/> to <see cref="ReadyToAgree"/>.</summary>
    public static NegotiationCommand[] Bargaining =>
    [
        new RaiseDispute(Penalty, "penalty for late delivery"),
        new SettleAgendaItem(PriceItem, Settlement.Agreed, "-3 %"),
        new SettleAgendaItem(TermItem, Settlement.Agreed, "+12 months"),
        new SettleDispute(Penalty, Settlement.Deferred, "with the quality department"),
    ];

    public static NegotiationPlan InAgreement => Run(ReadyToAgree, new ReachPreliminaryAgreement());

    public static Minutes CompleteMinutes { get; } = new(
        ["price -3 %", "term +12 months"],
        [new UnresolvedItem("penalty for late delivery", PenaltyAction)],
        [
            new FollowUpAction(PenaltyAction, "Agree the late-delivery penalty", Analyst, new LocalDate(2025, 3, 31)),
            new FollowUpAction(DraftAction, "Send the contract draft", Lead, new LocalDate(2025, 3, 14)),
        ]);

    public static NegotiationPlan ReadyToSign => Run(InAgreement, new RecordMinutes(CompleteMinutes), new AttachContractReview(Review));

    /// <summary>Every command from nothing to <see cref="ReadyToSign"/>, in order, for a store.</summary>
    public static NegotiationCommand[] ToReadyToSign =>
    [
        Draft, .. Preparation, new CompletePreparation(), .. Opening, new CompleteOpening(), .. Exchange, new StartBargaining(), .. Bargaining,
        new ReachPreliminaryAgreement(), new RecordMinutes(CompleteMinutes), new AttachContractReview(Review),
    ];

    public static NegotiationPlan Signed => Run(ReadyToSign, new SignAgreement());

    public static NegotiationPlan InFollowUp => Run(Signed, new StartFollowUp());

    public static NegotiationPlan ReadyToClose => Run(
        InFollowUp,
        new CompleteFollowUp(DraftAction, "sent"),
        new CancelFollowUp(PenaltyAction, "covered by the framework agreement"));

    public static NegotiationPlan Closed => Run(ReadyToClose, new ClosePlan());

    public static ImmutableArray<T> Array<T>(params T[] items) => [.. items];
}
