using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Negotiations.Plans;

namespace KeyAccount.Domain.Tests.Negotiations;

/// <summary>The information exchange (信息交流, NEG-13): what each party brings, questions, solutions, and the gate on
/// leaving the phase for bargaining.</summary>
public sealed class NegotiationExchangeTests
{
    private static readonly QuestionId CapacityQuestion = QuestionId.From(Guid.Parse("00000000-0000-0000-0000-0000000000f5"));
    private static readonly FollowUpActionId CheckCapacity = FollowUpActionId.From(Guid.Parse("00000000-0000-0000-0000-0000000000f6"));

    private static FollowUpAction CapacityAction { get; } =
        new(CheckCapacity, "Confirm the fourth-quarter capacity", Analyst, new LocalDate(2025, 3, 21));

    private static Decision<NegotiationEvent> When(NegotiationPlan given, NegotiationCommand command) => Plan.Decide(command, given, Now);

    private static (string Code, string Details)[] Missing(DomainError error) =>
        Assert.IsType<RequirementsMissing>(error).Missing
            .Select(m => (m.Code, string.Join("|", m.Details.Select(d => d.Value?.ToString()))))
            .ToArray();

    // ---- the gate ----

    [Fact]
    [Trait("Rule", "NEG-13")]
    public void Bargaining_cannot_start_before_anything_was_exchanged_and_the_gate_lists_every_missing_item()
    {
        var error = DecisionAssert.Rejected(When(InExchange, new StartBargaining()), "NEG-13", "negotiation.exchange_incomplete");

        Assert.Equal(
            [
                ("negotiation.missing.our_background", ""),
                ("negotiation.missing.our_needs", ""),
                ("negotiation.missing.counterpart_background", "Huaxin Purchasing"),
                ("negotiation.missing.counterpart_needs", "Huaxin Purchasing"),
                ("negotiation.missing.solution", ""),
            ],
            Missing(error));
        Assert.Contains("Huaxin Purchasing has not shared its background", error.GetMessage(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Contains("Huaxin Purchasing 尚未介绍背景信息", error.GetMessage(CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "NEG-13")]
    public void An_open_question_and_an_undiscussed_solution_keep_the_plan_in_the_exchange()
    {
        var given = Run(InExchange, [.. Exchange.Where(c => c is not (AnswerQuestion or DiscussSolution))]);

        var error = DecisionAssert.Rejected(When(given, new StartBargaining()), "NEG-13", "negotiation.exchange_incomplete");

        Assert.Equal(
            [
                ("negotiation.missing.question_open", "Can you hold consignment stock in Wuxi?"),
                ("negotiation.missing.solution_discussed", ""),
            ],
            Missing(error));
    }

    [Fact]
    [Trait("Rule", "NEG-13")]
    public void A_solution_counts_only_against_needs_still_recorded()
    {
        // Huaxin restates its needs without the one the discussed solution answered.
        var given = Run(ExchangeDone, new RecordNeeds("Huaxin Purchasing", [new Need(NeedId.From(Guid.NewGuid()), "one invoice a month")], "a lower unit price"));

        var error = DecisionAssert.Rejected(When(given, new StartBargaining()), "NEG-13");

        Assert.Equal([("negotiation.missing.solution", "")], Missing(error));
    }

    [Fact]
    [Trait("Rule", "NEG-13")]
    public void Bargaining_starts_once_each_party_has_shared_its_background_and_needs_every_question_is_settled_and_a_solution_was_discussed()
    {
        var changed = DecisionAssert.Single<NegotiationEvent, PhaseChanged>(When(ExchangeDone, new StartBargaining()));

        Assert.Equal((NegotiationTrigger.StartBargaining, NegotiationPhase.InformationExchange, NegotiationPhase.Bargaining), (changed.Trigger, changed.From, changed.To));
        Assert.Equal("NEG-13", Assert.Single(NegotiationLifecycle.Table.Find(NegotiationPhase.InformationExchange, NegotiationTrigger.StartBargaining)!.Guards).Value);
    }

    [Fact]
    [Trait("Rule", "NEG-13")]
    public void A_question_deferred_to_a_follow_up_action_does_not_hold_bargaining_back()
    {
        var given = Run(ExchangeDone, new RaiseQuestion(CapacityQuestion, "Can the plant double its output?"), new DeferQuestion(CapacityQuestion, CapacityAction));

        DecisionAssert.Single<NegotiationEvent, PhaseChanged>(When(given, new StartBargaining()));
        var question = given.Questions.Single(q => q.Id == CapacityQuestion);
        Assert.Equal((QuestionStatus.Deferred, CapacityAction), (question.Status, question.FollowUp));
    }

    [Fact]
    [Trait("Rule", "NEG-13")]
    public void Suspending_or_abandoning_the_exchange_is_not_held_back_by_the_gate()
    {
        DecisionAssert.Single<NegotiationEvent, PhaseChanged>(When(InExchange, new SuspendNegotiation("the customer postponed")));
        DecisionAssert.Single<NegotiationEvent, PhaseChanged>(When(InExchange, new AbandonNegotiation("lost to a competitor")));
        var resumed = Run(InExchange, new SuspendNegotiation("the customer postponed"), new ResumeNegotiation());
        Assert.Equal(NegotiationPhase.InformationExchange, resumed.Phase);
        DecisionAssert.Rejected(When(resumed, new StartBargaining()), "NEG-13", "negotiation.exchange_incomplete");
    }

    /// <summary>What a plan in the exchange has recorded: each party's background and needs, questions by how they
    /// stand, a solution (0 none, 1 proposed, 2 proposed and discussed), and whether the need it answers is still recorded.</summary>
    private sealed record ExchangeFacts(bool OurBackground, bool TheirBackground, bool OurNeeds, bool TheirNeeds, QuestionStatus[] Questions, int Solution, bool NeedKept);

    private static readonly Gen<bool> Mostly = Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)));

    private static readonly Gen<ExchangeFacts> Facts =
        from ourBackground in Mostly
        from theirBackground in Mostly
        from ourNeeds in Mostly
        from theirNeeds in Mostly
        from questions in Gen.Frequency((1, Gen.Constant(QuestionStatus.Open)), (3, Gen.Elements(QuestionStatus.Answered, QuestionStatus.Deferred))).ArrayOf()
        from solution in Gen.Frequency((1, Gen.Choose(0, 1)), (3, Gen.Constant(2)))
        from kept in Mostly
        select new ExchangeFacts(ourBackground, theirBackground, ourNeeds, theirNeeds, questions, solution, kept);

    [Property(MaxTest = 300)]
    [Trait("Rule", "NEG-13")]
    public Property Bargaining_starts_exactly_when_both_parties_shared_background_and_needs_every_question_is_settled_and_a_solution_was_discussed_against_a_recorded_need() =>
        Prop.ForAll(Facts.ToArbitrary(), facts =>
        {
            var theirNeeds = facts.TheirNeeds || facts.Solution > 0;
            var commands = new List<NegotiationCommand>();
            if (facts.OurBackground)
            {
                commands.Add(new ShareBackground(null, "gear pumps"));
            }

            if (facts.TheirBackground)
            {
                commands.Add(new ShareBackground("Huaxin Purchasing", "buys pumps"));
            }

            if (facts.OurNeeds)
            {
                commands.Add(new RecordNeeds(null, [new Need(LongTermNeed, "a 12-month term")], "a partnership"));
            }

            if (theirNeeds)
            {
                commands.Add(new RecordNeeds("Huaxin Purchasing", [new Need(FastDeliveryNeed, "fast delivery")], "a lower price"));
            }

            for (var i = 0; i < facts.Questions.Length; i++)
            {
                var question = QuestionId.From(new Guid(i + 1, 0, 0, new byte[8]));
                commands.Add(new RaiseQuestion(question, $"question {i + 1}"));
                commands.Add(facts.Questions[i] switch
                {
                    QuestionStatus.Answered => new AnswerQuestion(question, "answered"),
                    QuestionStatus.Deferred => new DeferQuestion(question, CapacityAction with { Id = FollowUpActionId.From(new Guid(i + 1, 1, 0, new byte[8])) }),
                    _ => new RaiseQuestion(QuestionId.From(new Guid(i + 1, 2, 0, new byte[8])), $"another question {i + 1}"),
                });
            }

            if (facts.Solution > 0)
            {
                commands.Add(new ProposeSolution(Consignment, "consignment stock", [FastDeliveryNeed]));
            }

            if (facts.Solution > 1)
            {
                commands.Add(new DiscussSolution(Consignment, "accepted in principle"));
            }

            if (facts.Solution > 0 && !facts.NeedKept)
            {
                commands.Add(new RecordNeeds("Huaxin Purchasing", [new Need(NeedId.From(Guid.Parse("00000000-0000-0000-0000-0000000000f9")), "one invoice")], "a lower price"));
            }

            var plan = Run(InExchange, [.. commands]);
            var open = facts.Questions.Count(q => q == QuestionStatus.Open) * 2;
            var solutionMissing = facts.Solution == 0 || !facts.NeedKept || facts.Solution == 1;
            var expectedMissing = new[] { facts.OurBackground, facts.TheirBackground, facts.OurNeeds, theirNeeds }.Count(f => !f) + open + (solutionMissing ? 1 : 0);
            var decision = Plan.Decide(new StartBargaining(), plan, Now);
            var agrees = expectedMissing == 0
                ? decision.IsAccepted && decision.Events.Single() is PhaseChanged { To: NegotiationPhase.Bargaining }
                : decision.IsRejected && decision.Error is RequirementsMissing { Missing.Count: var count } && count == expectedMissing && decision.Error.RuleId.Value == "NEG-13";
            return agrees.Label($"{facts}: expected {expectedMissing} missing, got {(decision.IsRejected ? decision.Error.ToString() : "acceptance")}");
        });

    // ---- the commands of the phase ----

    [Fact]
    [Trait("Rule", "NEG-13")]
    public void What_each_party_brings_is_recorded_trimmed_and_replaced_by_a_later_statement()
    {
        var shared = DecisionAssert.Single<NegotiationEvent, BackgroundShared>(When(InExchange, new ShareBackground("Huaxin Purchasing", "  buys pumps ")));
        Assert.Equal(("Huaxin Purchasing", "buys pumps"), (shared.Counterpart, shared.Background));

        var plan = Run(ExchangeDone, new RecordNeeds(null, [new Need(LongTermNeed, " a 24-month term ")], "a partnership"));
        var ours = plan.FindExchange(null)!;
        Assert.Equal(("gear pump maker with three plants", "a partnership"), (ours.Background, ours.Intentions));
        Assert.Equal([new Need(LongTermNeed, "a 24-month term")], ours.Needs.ToArray());
        Assert.Equal([LongTermNeed, FastDeliveryNeed], plan.Needs.Select(n => n.Id));
    }

    [Fact]
    [Trait("Rule", "NEG-13")]
    public void Incomplete_statements_of_a_party_are_rejected()
    {
        var need = new Need(NeedId.From(Guid.NewGuid()), "one invoice a month");
        DecisionAssert.Rejected(When(InExchange, new ShareBackground("Huaxin Finance", "a bank")), "NEG-13", "negotiation.party_unknown");
        DecisionAssert.Rejected(When(InExchange, new ShareBackground(null, " ")), "NEG-13", "negotiation.background_required");
        DecisionAssert.Rejected(When(InExchange, new RecordNeeds("Huaxin Finance", [need], "x")), "NEG-13", "negotiation.party_unknown");
        DecisionAssert.Rejected(When(InExchange, new RecordNeeds(null, [], "x")), "NEG-13", "negotiation.need_required");
        DecisionAssert.Rejected(When(InExchange, new RecordNeeds(null, [need with { Description = "" }], "x")), "NEG-13", "negotiation.need_description_required");
        DecisionAssert.Rejected(When(InExchange, new RecordNeeds(null, [need, need], "x")), "NEG-13", "negotiation.need_repeated");
        DecisionAssert.Rejected(When(ExchangeDone, new RecordNeeds(null, [new Need(FastDeliveryNeed, "fast")], "x")), "NEG-13", "negotiation.need_repeated");
        DecisionAssert.Rejected(When(InExchange, new RecordNeeds(null, [need], "")), "NEG-13", "negotiation.intentions_required");
    }

    [Fact]
    [Trait("Rule", "NEG-13")]
    public void Questions_are_raised_once_and_answered_or_deferred_once()
    {
        var raised = Run(InExchange, new RaiseQuestion(CapacityQuestion, "Can the plant double its output?"));
        DecisionAssert.Rejected(When(InExchange, new RaiseQuestion(CapacityQuestion, "")), "NEG-13", "negotiation.question_required");
        DecisionAssert.Rejected(When(raised, new RaiseQuestion(CapacityQuestion, "again?")), "NEG-13", "negotiation.question_repeated");
        DecisionAssert.Rejected(When(InExchange, new AnswerQuestion(CapacityQuestion, "yes")), "NEG-13", "negotiation.question_unknown");
        DecisionAssert.Rejected(When(raised, new AnswerQuestion(CapacityQuestion, " ")), "NEG-13", "negotiation.answer_required");

        var answered = Run(raised, new AnswerQuestion(CapacityQuestion, "yes, from May"));
        Assert.Equal((QuestionStatus.Answered, "yes, from May"), (answered.Questions[0].Status, answered.Questions[0].Answer));
        DecisionAssert.Rejected(When(answered, new DeferQuestion(CapacityQuestion, CapacityAction)), "NEG-13", "negotiation.question_already_settled");
        DecisionAssert.Rejected(When(answered, new AnswerQuestion(CapacityQuestion, "no")), "NEG-13", "negotiation.question_already_settled");
    }

    [Fact]
    [Trait("Rule", "NEG-13")]
    public void A_question_is_deferred_to_a_described_follow_up_action_due_from_today()
    {
        var raised = Run(InExchange, new RaiseQuestion(CapacityQuestion, "Can the plant double its output?"), new RaiseQuestion(StockQuestion, "Consignment stock?"));

        DecisionAssert.Rejected(When(raised, new DeferQuestion(CapacityQuestion, CapacityAction with { Description = " " })), "NEG-13", "negotiation.deferral_description_required");
        DecisionAssert.Rejected(When(raised, new DeferQuestion(CapacityQuestion, CapacityAction with { Due = new LocalDate(2025, 3, 2) })), "NEG-13", "negotiation.deferral_due_past");
        var deferred = Run(raised, new DeferQuestion(CapacityQuestion, CapacityAction));
        DecisionAssert.Rejected(When(deferred, new DeferQuestion(StockQuestion, CapacityAction)), "NEG-13", "negotiation.deferral_action_repeated");
    }

    [Fact]
    [Trait("Rule", "NEG-13")]
    public void Solutions_answer_recorded_needs_and_their_discussion_is_recorded()
    {
        var withNeeds = Run(InExchange, Exchange[..4]);
        var other = SolutionId.From(Guid.NewGuid());
        DecisionAssert.Rejected(When(withNeeds, new ProposeSolution(Consignment, " ", [FastDeliveryNeed])), "NEG-13", "negotiation.solution_required");
        DecisionAssert.Rejected(When(withNeeds, new ProposeSolution(Consignment, "stock", [])), "NEG-13", "negotiation.solution_need_required");
        var unknownNeed = NeedId.From(Guid.NewGuid());
        var error = DecisionAssert.Rejected(When(withNeeds, new ProposeSolution(Consignment, "stock", [FastDeliveryNeed, unknownNeed])), "NEG-13", "negotiation.need_unknown");
        Assert.Equal(unknownNeed, Assert.Single(error.Details).Value);

        var proposed = DecisionAssert.Single<NegotiationEvent, SolutionProposed>(When(withNeeds, new ProposeSolution(Consignment, " stock in Wuxi ", [FastDeliveryNeed, FastDeliveryNeed])));
        Assert.Equal("stock in Wuxi", proposed.Description);
        Assert.Equal([FastDeliveryNeed], proposed.Needs.ToArray());
        var plan = Run(withNeeds, new ProposeSolution(Consignment, "stock in Wuxi", [FastDeliveryNeed]));
        DecisionAssert.Rejected(When(plan, new ProposeSolution(Consignment, "again", [FastDeliveryNeed])), "NEG-13", "negotiation.solution_repeated");
        DecisionAssert.Rejected(When(plan, new DiscussSolution(other, "fine")), "NEG-13", "negotiation.solution_unknown");
        DecisionAssert.Rejected(When(plan, new DiscussSolution(Consignment, "")), "NEG-13", "negotiation.assessment_required");
        Assert.Equal("accepted", Run(plan, new DiscussSolution(Consignment, " accepted ")).Solutions[0].Assessment);
    }

    [Theory]
    [Trait("Rule", "NEG-13")]
    [InlineData("opening")]
    [InlineData("bargaining")]
    public void The_exchange_is_recorded_only_in_its_phase(string phase)
    {
        var given = phase == "opening" ? InOpening : InBargaining;
        NegotiationCommand[] commands =
        [
            new ShareBackground(null, "x"), new RecordNeeds(null, [new Need(NeedId.From(Guid.NewGuid()), "x")], "x"),
            new RaiseQuestion(QuestionId.From(Guid.NewGuid()), "x"), new AnswerQuestion(StockQuestion, "x"),
            new DeferQuestion(StockQuestion, CapacityAction), new ProposeSolution(SolutionId.From(Guid.NewGuid()), "x", [FastDeliveryNeed]),
            new DiscussSolution(Consignment, "x"),
        ];

        Assert.All(commands, c => DecisionAssert.Rejected(When(given, c), "NEG-13", "negotiation.not_in_phase"));
    }

    // ---- the deferred question's action in the minutes (NEG-08) ----

    [Fact]
    [Trait("Rule", "NEG-08")]
    [Trait("Rule", "NEG-13")]
    public void The_minutes_carry_the_follow_up_action_of_every_deferred_question()
    {
        var plan = Run(
            ExchangeDone,
            [
                new RaiseQuestion(CapacityQuestion, "Can the plant double its output?"), new DeferQuestion(CapacityQuestion, CapacityAction),
                new StartBargaining(), .. Bargaining, new ReachPreliminaryAgreement(),
            ]);

        var error = DecisionAssert.Rejected(When(plan, new RecordMinutes(CompleteMinutes)), "NEG-08", "negotiation.minutes_incomplete");
        Assert.Equal([("negotiation.missing.deferred_question_follow_up", "Can the plant double its output?")], Missing(error));

        // The minutes may bring the action up to date: same identifier, another due day.
        var later = CapacityAction with { Due = new LocalDate(2025, 4, 4) };
        var recorded = Run(plan, new RecordMinutes(CompleteMinutes with { FollowUps = [.. CompleteMinutes.FollowUps, later] }));
        Assert.Contains(recorded.FollowUps, f => f.Action == later && f.Status == FollowUpStatus.Pending);
    }

    // ---- the flow table (NEG-12) ----

    [Fact]
    [Trait("Rule", "NEG-12")]
    [Trait("Rule", "NEG-13")]
    public void The_flow_table_shows_the_exchange_as_recorded()
    {
        var plan = Run(
            InExchange,
            [
                .. Exchange[..5], new ShareBackground(null, "gear pumps"),
                new RaiseQuestion(CapacityQuestion, "Can the plant double its output?"), new DeferQuestion(CapacityQuestion, CapacityAction),
                new ProposeSolution(Consignment, "consignment stock in Wuxi", [FastDeliveryNeed]),
            ]);

        var rows = plan.ToFlowTable(Shanghai, CultureInfo.InvariantCulture).Rows.Where(r => r.Phase == NegotiationPhase.InformationExchange).ToArray();

        Assert.Equal(
            [
                new FlowRow(NegotiationPhase.InformationExchange, "Share background information", "E1001", null, FlowStatus.Done),
                new FlowRow(NegotiationPhase.InformationExchange, "Exchange needs and intentions", "E1001", null, FlowStatus.Done),
                new FlowRow(NegotiationPhase.InformationExchange, "Question: Can you hold consignment stock in Wuxi?", "E1001", null, FlowStatus.Pending),
                new FlowRow(NegotiationPhase.InformationExchange, "Question: Can the plant double its output?", "E1002", new LocalDate(2025, 3, 21), FlowStatus.Pending),
                new FlowRow(NegotiationPhase.InformationExchange, "Solution: consignment stock in Wuxi", "E1001", null, FlowStatus.Pending),
            ],
            rows);
    }

    [Fact]
    [Trait("Rule", "NEG-12")]
    [Trait("Rule", "NEG-13")]
    public void Once_bargaining_started_the_exchange_rows_are_done_on_the_day_the_phase_was_left()
    {
        var rows = InBargaining.ToFlowTable(Shanghai, CultureInfo.GetCultureInfo("zh-CN")).Rows.Where(r => r.Phase == NegotiationPhase.InformationExchange).ToArray();

        Assert.Equal(["共享背景信息", "交流需求和意愿", "提问: Can you hold consignment stock in Wuxi?", "解决方案: consignment stock in Wuxi"], rows.Select(r => r.Activity));
        Assert.All(rows, r => Assert.Equal((FlowStatus.Done, new LocalDate(2025, 3, 3)), (r.Status, r.Date!.Value)));
    }
}
