using System;
using System.Threading.Tasks;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Quality;
using NodaTime;

namespace KeyAccount.Domain.Tests.Negotiations;

/// <summary>The example of docs/negotiations.md, verbatim between the markers (a test compares the two).</summary>
internal static class NegotiationGuideExample
{
    public static async Task<(NegotiationPlan Plan, InMemoryEventStore<NegotiationEvent> Store, StreamId Stream)> RunAsync(BusinessCalendar calendar)
    {
        // guide:begin
        var store = new InMemoryEventStore<NegotiationEvent>();
        var handler = new CommandHandler<NegotiationCommand, NegotiationEvent, NegotiationPlan>(NegotiationPlanAggregate.Definition.Decider, store);
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var planId = NegotiationPlanId.From(Guid.Parse("5d0c9d52-6a8e-4c55-8f43-2f6f1f6a7b01"));
        var stream = NegotiationPlanAggregate.StreamOf(planId);
        var lead = new ActorId("E1001");
        var step = 0;
        var account = AccountId.From(Guid.Parse("9a1e2f00-0000-4000-8000-000000000001"));
        var sources = new Func<DecisionContext, DecisionContext>(context => context);

        // Every command is decided at a time the host passes in; a rejection stops the example.
        async Task<NegotiationPlan> Do(int month, int day, int hour, NegotiationCommand command)
        {
            var now = new LocalDateTime(2025, month, day, hour, 0).InZoneStrictly(shanghai).ToInstant();
            var context = sources(DecisionContext.ChinaMainland(now, calendar));
            var commandId = CommandId.From(new Guid(++step, 0, 0, new byte[8]));
            var outcome = await handler.HandleAsync(stream, commandId, lead, command, context);
            return outcome.Match(
                committed => committed.State,
                rejected => throw new InvalidOperationException(rejected.ToString()),
                conflict => throw new InvalidOperationException(conflict.ToString()));
        }

        var price = ObjectiveId.From(Guid.Parse("0b6f4a10-0000-4000-8000-000000000001"));
        var term = ObjectiveId.From(Guid.Parse("0b6f4a10-0000-4000-8000-000000000002"));
        var payment = ObjectiveId.From(Guid.Parse("0b6f4a10-0000-4000-8000-000000000003"));
        var priceItem = AgendaItemId.From(Guid.Parse("1c7a5b20-0000-4000-8000-000000000001"));
        var termItem = AgendaItemId.From(Guid.Parse("1c7a5b20-0000-4000-8000-000000000002"));
        var paymentItem = AgendaItemId.From(Guid.Parse("1c7a5b20-0000-4000-8000-000000000003"));
        var penalty = DisputeId.From(Guid.Parse("2d8b6c30-0000-4000-8000-000000000001"));
        var agreePenalty = FollowUpActionId.From(Guid.Parse("3e9c7d40-0000-4000-8000-000000000001"));
        var sendDraft = FollowUpActionId.From(Guid.Parse("3e9c7d40-0000-4000-8000-000000000002"));
        var checkCapacity = FollowUpActionId.From(Guid.Parse("3e9c7d40-0000-4000-8000-000000000003"));
        var longTerm = NeedId.From(Guid.Parse("5a0d8e60-0000-4000-8000-000000000001"));
        var fastDelivery = NeedId.From(Guid.Parse("5a0d8e60-0000-4000-8000-000000000002"));
        var stockQuestion = QuestionId.From(Guid.Parse("6b1e9f70-0000-4000-8000-000000000001"));
        var capacityQuestion = QuestionId.From(Guid.Parse("6b1e9f70-0000-4000-8000-000000000002"));
        var consignment = SolutionId.From(Guid.Parse("7c2fa080-0000-4000-8000-000000000001"));

        // 前期准备 — preparation: theme and topics, measurable objectives, team, counterpart, strategy, time and venue.
        await Do(3, 3, 10, new DraftPlan(planId, account,
            "2025 supply agreement renewal", [NegotiationTopic.Price, NegotiationTopic.ContractTerms, NegotiationTopic.Payment]));
        await Do(3, 3, 11, new SetObjective(new Objective(price, NegotiationTopic.Price, "unit price change", Preference.Lower,
            Target: Measure.Percent(-5m), BottomLine: Measure.Percent(-2m), CounterpartBottomLine: Measure.Percent(-3m))));
        await Do(3, 3, 11, new SetObjective(new Objective(term, NegotiationTopic.ContractTerms, "contract term extension", Preference.Higher,
            Target: Measure.Months(12m), BottomLine: Measure.Months(6m), CounterpartBottomLine: Measure.Months(12m))));
        await Do(3, 3, 11, new SetObjective(new Objective(payment, NegotiationTopic.Payment, "payment term", Preference.Higher,
            Target: Measure.Days(60m), BottomLine: Measure.Days(45m), CounterpartBottomLine: Measure.Days(30m))));
        await Do(3, 3, 14, new AssignTeam(new TeamMember(lead, "Wang Lei", "lead negotiator"),
            [new TeamMember(new ActorId("E1002"), "Li Na", "pricing analyst"), new TeamMember(new ActorId("E1003"), "Zhao Min", "contract specialist")]));
        await Do(3, 4, 10, new RecordCounterpart(new CounterpartParty("Huaxin Purchasing", "a price cut in exchange for volume",
            ["3 % lower unit price", "payment within 30 days"], ["Chen Gang", "Liu Yang"])));
        await Do(3, 4, 11, new DefineStrategy(["bundle the price cut with a 12-month extension"], "no more than 2 % off; payment in 45 days or more"));
        await Do(3, 4, 15, new ScheduleMeeting(new LocalDateTime(2025, 3, 10, 14, 0).InZoneStrictly(shanghai).ToInstant(), "Huaxin HQ, meeting room 3"));
        var plan = await Do(3, 5, 9, new CompletePreparation());

        // 开场 — opening: introductions, purpose, an agenda that covers every topic.
        await Do(3, 10, 14, new IntroduceDelegates(["Wang Lei", "Li Na", "Zhao Min", "Chen Gang", "Liu Yang"]));
        await Do(3, 10, 14, new StatePurpose("renew the supply agreement for 2025"));
        await Do(3, 10, 14, new ProposeAgenda([
            new AgendaItem(priceItem, "Unit price for 2025", NegotiationTopic.Price),
            new AgendaItem(termItem, "Term of the agreement", NegotiationTopic.ContractTerms),
            new AgendaItem(paymentItem, "Payment term", NegotiationTopic.Payment)]));
        await Do(3, 10, 15, new CompleteOpening());

        // 信息交流 — information exchange: each party's background, needs and intentions; every question answered or
        // deferred to a follow-up action; a solution discussed against a recorded need. Only then does bargaining start (NEG-13).
        await Do(3, 10, 15, new ShareBackground(null, "gear pump maker with three plants and 1,200 staff"));
        await Do(3, 10, 15, new ShareBackground("Huaxin Purchasing", "buys 20,000 pumps a year for its Wuxi and Ningbo plants"));
        await Do(3, 10, 15, new RecordNeeds(null, [new Need(longTerm, "a 12-month extension of the agreement")], "a long-term partnership"));
        await Do(3, 10, 15, new RecordNeeds("Huaxin Purchasing",
            [new Need(fastDelivery, "delivery within 10 days of the order")], "a lower unit price for its volume"));
        await Do(3, 10, 16, new RaiseQuestion(stockQuestion, "Can you hold consignment stock in Wuxi?"));
        await Do(3, 10, 16, new AnswerQuestion(stockQuestion, "yes, up to 500 pumps"));
        await Do(3, 10, 16, new RaiseQuestion(capacityQuestion, "Can the Ningbo plant double its output in the fourth quarter?"));
        await Do(3, 10, 16, new DeferQuestion(capacityQuestion, new FollowUpAction(checkCapacity,
            "Confirm the fourth-quarter capacity of the Ningbo plant", new ActorId("E1002"), new LocalDate(2025, 3, 21))));
        await Do(3, 10, 16, new ProposeSolution(consignment, "consignment stock of 500 pumps in Wuxi, replenished weekly", [fastDelivery]));
        await Do(3, 10, 16, new DiscussSolution(consignment, "accepted in principle; the price follows in bargaining"));

        // 谈判博弈 — bargaining: concessions against objectives, a bottom line revised with approval.
        await Do(3, 10, 16, new StartBargaining());
        await Do(3, 10, 16, new RaiseDispute(penalty, "penalty for late delivery"));
        await Do(3, 10, 17, new MakeConcession(price, Measure.Percent(2m), "2 points more for a 12-month term"));
        await Do(3, 11, 10, new AdjustStrategy("lead with the term extension", "their volume commitment is firm"));
        await Do(3, 11, 11, new ReviseBottomLine(payment, Measure.Days(30m), lead, "Huaxin's group policy caps payment terms at 30 days"));
        await Do(3, 11, 11, new MakeConcession(payment, Measure.Days(30m), "accept payment within 30 days"));
        await Do(3, 11, 15, new SettleAgendaItem(priceItem, Settlement.Agreed, "-3 % on the 2024 unit price"));
        await Do(3, 11, 15, new SettleAgendaItem(termItem, Settlement.Agreed, "extended by 12 months"));
        await Do(3, 11, 15, new SettleAgendaItem(paymentItem, Settlement.Agreed, "30 days"));
        await Do(3, 11, 16, new SettleDispute(penalty, Settlement.Deferred, "to be agreed with the quality department"));
        await Do(3, 11, 17, new ReachPreliminaryAgreement());

        // 谈判纪要, 签署 — minutes with follow-up actions (the deferred question's among them), then signing against an approved contract review.
        await Do(3, 11, 18, new RecordMinutes(new Minutes(
            ["unit price -3 %", "term extended by 12 months", "payment within 30 days"],
            [new UnresolvedItem("penalty for late delivery", agreePenalty)],
            [
                new FollowUpAction(agreePenalty, "Agree the late-delivery penalty", new ActorId("E1003"), new LocalDate(2025, 3, 28)),
                new FollowUpAction(sendDraft, "Send the contract draft", new ActorId("E1002"), new LocalDate(2025, 3, 13)),
                new FollowUpAction(checkCapacity, "Confirm the fourth-quarter capacity of the Ningbo plant", new ActorId("E1002"), new LocalDate(2025, 3, 21)),
            ])));
        // The contract review is its own aggregate (docs/quality.md): the host loads it from its stream and hands its state
        // to every decision that relies on it; attaching and signing check the reference against it (GEN-11).
        var reviewId = ContractReviewId.From(Guid.Parse("4fad8e50-0000-4000-8000-000000000001"));
        var order = new ContractRequirements("Gear pump GP-20", 2_000, "Ex works Ningbo", "12-month warranty", true, []);
        ContractReviewEvent[] reviewStream =
        [
            new ContractReviewOpened(reviewId, ContractRegisterId.From(Guid.Parse("4fad8e50-0000-4000-8000-000000000002")), 42, account, new LocalDate(2025, 3, 12)),
            new RequirementsDetermined(order),
            new ReviewStarted(ReviewRoute.Standard, [], new LocalDate(2025, 3, 12)),
            new ContractReviewApproved(Department.Sales, new LocalDate(2025, 3, 13)),
        ];
        var review = ContractReviewAggregate.Definition.Decider.Replay(reviewStream);
        sources = context => context.WithSource(ContractReviewAggregate.StreamOf(reviewId), reviewStream.Length, review);
        await Do(3, 13, 16, new AttachContractReview(review.Reference!));
        await Do(3, 14, 10, new SignAgreement());
        await Do(3, 14, 11, new RecordOutcome(price, Measure.Percent(-3m)));
        await Do(3, 14, 11, new RecordOutcome(term, Measure.Months(12m)));
        await Do(3, 14, 11, new RecordOutcome(payment, Measure.Days(30m)));

        // 后续跟踪 — follow-up: every action done or cancelled with a reason, then the plan closes.
        await Do(3, 14, 12, new StartFollowUp());
        await Do(3, 14, 15, new CompleteFollowUp(sendDraft, "sent to Chen Gang"));
        await Do(3, 20, 10, new CompleteFollowUp(checkCapacity, "6,000 pumps in the fourth quarter"));
        await Do(3, 27, 10, new CompleteFollowUp(agreePenalty, "1 % per week late, capped at 5 %"));
        plan = await Do(3, 31, 10, new ClosePlan());
        // guide:end
        return (plan, store, stream);
    }
}
