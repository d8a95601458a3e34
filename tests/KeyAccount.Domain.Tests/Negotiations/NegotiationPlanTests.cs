using System;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using KeyAccount.Domain.Testing.Fixtures;
using Xunit;
using static KeyAccount.Domain.Tests.Negotiations.Plans;

namespace KeyAccount.Domain.Tests.Negotiations;

public sealed class NegotiationPlanTests
{
    private static Decision<NegotiationEvent> When(NegotiationPlan given, NegotiationCommand command, DecisionContext? context = null) =>
        Plan.Decide(command, given, context ?? Now);

    private static string[] MissingCodes(DomainError error) =>
        Assert.IsType<RequirementsMissing>(error).Missing.Select(m => m.Code).ToArray();

    // ---- NEG-01 theme, topics, account ----

    [Fact]
    [Trait("Rule", "NEG-01")]
    public void A_plan_is_drafted_with_its_account_theme_and_topics()
    {
        var drafted = DecisionAssert.Single<NegotiationEvent, PlanDrafted>(When(NegotiationPlan.Empty, Draft with { Theme = "  2025 renewal " }));

        Assert.Equal("2025 renewal", drafted.Theme);
        Assert.Equal(Account, drafted.Account);
        Assert.Equal([NegotiationTopic.Price, NegotiationTopic.ContractTerms], drafted.Topics.ToArray());
    }

    [Theory]
    [Trait("Rule", "NEG-01")]
    [InlineData("", "negotiation.theme_required")]
    [InlineData("   ", "negotiation.theme_required")]
    public void A_plan_without_a_theme_is_rejected(string theme, string code)
    {
        DecisionAssert.Rejected(When(NegotiationPlan.Empty, Draft with { Theme = theme }), "NEG-01", code);
    }

    [Fact]
    [Trait("Rule", "NEG-01")]
    public void A_plan_without_a_topic_is_rejected()
    {
        DecisionAssert.Rejected(When(NegotiationPlan.Empty, Draft with { Topics = [] }), "NEG-01", "negotiation.topic_required");
    }

    [Fact]
    [Trait("Rule", "NEG-01")]
    public void A_repeated_or_unknown_topic_is_rejected()
    {
        DecisionAssert.Rejected(When(NegotiationPlan.Empty, Draft with { Topics = [NegotiationTopic.Price, NegotiationTopic.Price] }), "NEG-01", "negotiation.topic_repeated");
        DecisionAssert.Rejected(When(NegotiationPlan.Empty, Draft with { Topics = [(NegotiationTopic)42] }), "NEG-01", "negotiation.topic_unknown");
    }

    [Fact]
    [Trait("Rule", "NEG-01")]
    public void Nothing_but_drafting_is_accepted_before_a_plan_exists_and_a_plan_is_drafted_once()
    {
        DecisionAssert.Rejected(When(NegotiationPlan.Empty, new SetObjective(PriceObjective)), "NEG-01", "negotiation.plan_not_drafted");
        DecisionAssert.Rejected(When(Drafted, Draft), "NEG-01", "lifecycle.transition_not_allowed");
    }

    // ---- NEG-02 measurable objectives and the zone of possible agreement ----

    [Fact]
    [Trait("Rule", "NEG-02")]
    public void A_measurable_objective_on_a_topic_of_the_theme_is_set()
    {
        var set = DecisionAssert.Single<NegotiationEvent, ObjectiveSet>(When(Drafted, new SetObjective(PriceObjective with { Metric = " unit price change " })));
        Assert.Equal("unit price change", set.Objective.Metric);

        var plan = Run(Drafted, new SetObjective(PriceObjective), new SetObjective(PriceObjective with { Target = Measure.Percent(-6m) }));
        Assert.Equal(Measure.Percent(-6m), Assert.Single(plan.Objectives).Position);
    }

    [Theory]
    [Trait("Rule", "NEG-02")]
    [InlineData(-5, -6)] // lower is better: a bottom line of -6 % beats the target of -5 %
    [InlineData(-5, -5.5)]
    public void A_bottom_line_better_than_the_target_is_rejected(decimal target, decimal bottomLine)
    {
        var objective = PriceObjective with { Target = Measure.Percent(target), BottomLine = Measure.Percent(bottomLine) };
        var error = DecisionAssert.Rejected(When(Drafted, new SetObjective(objective)), "NEG-02", "negotiation.bottom_line_wrong_side");
        Assert.Equal(Measure.Percent(bottomLine), error.Detail<Measure>("bottomLine"));
    }

    [Fact]
    [Trait("Rule", "NEG-02")]
    public void Where_higher_is_better_the_bottom_line_lies_below_the_target()
    {
        DecisionAssert.Rejected(When(Drafted, new SetObjective(TermObjective with { BottomLine = Measure.Months(13m) })), "NEG-02", "negotiation.bottom_line_wrong_side");
        DecisionAssert.Accepted(When(Drafted, new SetObjective(TermObjective with { BottomLine = Measure.Months(12m) })));
    }

    [Fact]
    [Trait("Rule", "NEG-02")]
    public void Money_percentages_and_durations_do_not_mix_within_an_objective()
    {
        DecisionAssert.Rejected(When(Drafted, new SetObjective(TermObjective with { BottomLine = Measure.Days(180m) })), "NEG-02", "negotiation.units_differ");
        var money = PriceObjective with { Target = Measure.Of(Money.Cny(95m)), BottomLine = Measure.Of(Money.Cny(98m)), CounterpartBottomLine = Measure.Of(new Money(97m, Currency.USD)) };
        DecisionAssert.Rejected(When(Drafted, new SetObjective(money)), "NEG-02", "negotiation.units_differ");
        DecisionAssert.Accepted(When(Drafted, new SetObjective(money with { CounterpartBottomLine = Measure.Of(Money.Cny(97m)) })));
    }

    [Fact]
    [Trait("Rule", "NEG-02")]
    public void An_objective_needs_a_metric_and_a_topic_of_the_theme()
    {
        DecisionAssert.Rejected(When(Drafted, new SetObjective(PriceObjective with { Metric = " " })), "NEG-02", "negotiation.metric_required");
        DecisionAssert.Rejected(When(Drafted, new SetObjective(PriceObjective with { Topic = NegotiationTopic.Delivery })), "NEG-02", "negotiation.objective_topic_outside_theme");
    }

    [Fact]
    [Trait("Rule", "NEG-02")]
    public void Objectives_are_set_only_in_preparation()
    {
        DecisionAssert.Rejected(When(InBargaining, new SetObjective(PriceObjective)), "NEG-02", "negotiation.not_in_phase");
    }

    [Fact]
    [Trait("Rule", "NEG-02")]
    public void The_zone_of_possible_agreement_lies_between_the_two_bottom_lines()
    {
        // Price, lower is better for us: we accept up to -2 %, they are estimated to accept down to -3 %.
        var price = PriceObjective.ZoneOfPossibleAgreement();
        Assert.Equal(AgreementZoneKind.Exists, price.Kind);
        Assert.Equal((Measure.Percent(-3m), Measure.Percent(-2m)), (price.Low, price.High));

        // Term, higher is better for us: we accept 6 months or more, they up to 12.
        var term = TermObjective.ZoneOfPossibleAgreement();
        Assert.Equal((Measure.Months(6m), Measure.Months(12m)), (term.Low, term.High));
    }

    [Fact]
    [Trait("Rule", "NEG-02")]
    public void Bottom_lines_that_do_not_overlap_leave_no_zone_and_a_missing_estimate_says_so()
    {
        Assert.Equal(AgreementZone.None, PriceObjective.ZoneOfPossibleAgreement(Measure.Percent(-4m)));
        Assert.Equal(AgreementZone.None, (TermObjective with { CounterpartBottomLine = Measure.Months(3m) }).ZoneOfPossibleAgreement());
        Assert.Equal(AgreementZone.NotEstimated, (PriceObjective with { CounterpartBottomLine = null }).ZoneOfPossibleAgreement());
        Assert.Equal("none", AgreementZone.None.ToString());
    }

    // ---- NEG-03 the preparation gate ----

    [Fact]
    [Trait("Rule", "NEG-03")]
    public void Leaving_preparation_with_nothing_prepared_names_every_missing_item()
    {
        var error = DecisionAssert.Rejected(When(Drafted, new CompletePreparation()), "NEG-03", "negotiation.preparation_incomplete");

        Assert.Equal(
            [
                "negotiation.missing.objective", "negotiation.missing.team_lead", "negotiation.missing.team_members",
                "negotiation.missing.counterpart", "negotiation.missing.strategy_main_point", "negotiation.missing.strategy_bottom_line",
                "negotiation.missing.meeting",
            ],
            MissingCodes(error));
        Assert.Contains("no team lead", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("没有谈判团队负责人", error.GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "NEG-03")]
    public void The_preparation_gate_names_incomplete_counterparts_and_missing_estimates()
    {
        var given = Run(
            ReadyToOpen,
            new RecordCounterpart(new CounterpartParty("Huaxin Finance", " ", [], [])),
            new SetObjective(TermObjective with { CounterpartBottomLine = null }));

        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(When(given, new CompletePreparation()), "NEG-03"));

        Assert.Equal(
            ["negotiation.missing.counterpart_position", "negotiation.missing.counterpart_requirements", "negotiation.missing.counterpart_bottom_line"],
            error.Missing.Select(m => m.Code));
        Assert.Equal("contract term extension", error.Missing[2].Details[0].Value);
    }

    [Fact]
    [Trait("Rule", "NEG-03")]
    public void A_prepared_plan_moves_to_the_opening()
    {
        var changed = DecisionAssert.Single<NegotiationEvent, PhaseChanged>(When(ReadyToOpen, new CompletePreparation()));
        Assert.Equal((NegotiationPhase.Preparation, NegotiationPhase.Opening, Now.Now), (changed.From, changed.To, changed.At));
    }

    [Fact]
    [Trait("Rule", "NEG-03")]
    public void A_meeting_time_that_has_passed_by_the_end_of_preparation_is_missing()
    {
        var later = Now.At(Meeting + Duration.FromMinutes(1));
        var error = DecisionAssert.Rejected(When(ReadyToOpen, new CompletePreparation(), later), "NEG-03");
        Assert.Equal(["negotiation.missing.meeting_in_future"], MissingCodes(error));
    }

    [Fact]
    [Trait("Rule", "NEG-03")]
    public void Time_and_venue_are_agreed_in_the_future_and_the_venue_is_named()
    {
        DecisionAssert.Rejected(When(Drafted, new ScheduleMeeting(Now.Now, "room 3")), "NEG-03", "negotiation.meeting_not_in_future");
        DecisionAssert.Rejected(When(Drafted, new ScheduleMeeting(Meeting, " ")), "NEG-03", "negotiation.venue_required");
        DecisionAssert.Accepted(When(Drafted, new ScheduleMeeting(Now.Now + Duration.FromSeconds(1), "room 3")));
    }

    [Fact]
    [Trait("Rule", "NEG-03")]
    public void Every_team_member_has_a_name_and_a_role_and_every_party_a_name()
    {
        var roleless = new AssignTeam(new TeamMember(Lead, "Wang Lei", "lead"), [new TeamMember(Analyst, "Li Na", "")]);
        var error = DecisionAssert.Rejected(When(Drafted, roleless), "NEG-03", "negotiation.team_member_incomplete");
        Assert.Equal("E1002", error.Detail<string>("person"));
        DecisionAssert.Rejected(When(Drafted, new RecordCounterpart(new CounterpartParty(" ", "x", ["y"], []))), "NEG-03", "negotiation.counterpart_name_required");
    }

    // ---- NEG-04 the opening gate ----

    [Fact]
    [Trait("Rule", "NEG-04")]
    public void Leaving_the_opening_needs_introductions_purpose_and_an_agenda_covering_every_topic()
    {
        var given = Run(InOpening, new IntroduceDelegates(["Wang Lei"]), new ProposeAgenda([new AgendaItem(PriceItem, "Unit price", NegotiationTopic.Price)]));

        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(When(given, new CompleteOpening()), "NEG-04", "negotiation.opening_incomplete"));

        Assert.Equal(
            ["negotiation.missing.introduction", "negotiation.missing.introduction", "negotiation.missing.purpose", "negotiation.missing.agenda_topic"],
            error.Missing.Select(m => m.Code));
        Assert.Equal(["Li Na", "Chen Gang"], error.Missing.Take(2).Select(m => m.Details[0].Value));
        Assert.Equal(NegotiationTopic.ContractTerms, error.Missing[3].Details[0].Value);
    }

    [Fact]
    [Trait("Rule", "NEG-04")]
    public void A_complete_opening_moves_to_the_information_exchange()
    {
        var changed = DecisionAssert.Single<NegotiationEvent, PhaseChanged>(When(OpeningDone, new CompleteOpening()));
        Assert.Equal(NegotiationPhase.InformationExchange, changed.To);
    }

    [Fact]
    [Trait("Rule", "NEG-04")]
    public void Only_delegates_of_the_plan_are_introduced_and_the_agenda_stays_within_the_theme()
    {
        DecisionAssert.Rejected(When(InOpening, new IntroduceDelegates(["Wang Lie"])), "NEG-04", "negotiation.delegate_unknown");
        DecisionAssert.Rejected(When(InOpening, new StatePurpose("")), "NEG-04", "negotiation.purpose_required");
        DecisionAssert.Rejected(When(InOpening, new ProposeAgenda([])), "NEG-04", "negotiation.agenda_required");
        DecisionAssert.Rejected(When(InOpening, new ProposeAgenda([new AgendaItem(PriceItem, "Delivery", NegotiationTopic.Delivery)])), "NEG-04", "negotiation.agenda_topic_outside_theme");
        DecisionAssert.Rejected(When(Drafted, new IntroduceDelegates(["Wang Lei"])), "NEG-04", "negotiation.not_in_phase");
    }

    // ---- NEG-05 concessions and bottom-line revisions ----

    [Fact]
    [Trait("Rule", "NEG-05")]
    public void A_concession_moves_our_position_towards_the_bottom_line()
    {
        var made = DecisionAssert.Single<NegotiationEvent, ConcessionMade>(When(InBargaining, new MakeConcession(Price, Measure.Percent(1.5m), "for volume")));
        Assert.Equal(Measure.Percent(-3.5m), made.Position);

        var term = DecisionAssert.Single<NegotiationEvent, ConcessionMade>(When(InBargaining, new MakeConcession(Term, Measure.Months(6m), "")));
        Assert.Equal(Measure.Months(6m), term.Position); // exactly the bottom line is still acceptable
    }

    [Fact]
    [Trait("Rule", "NEG-05")]
    public void A_concession_that_would_cross_the_bottom_line_is_rejected()
    {
        var given = Run(InBargaining, new MakeConcession(Price, Measure.Percent(2m), "first"));

        var error = DecisionAssert.Rejected(When(given, new MakeConcession(Price, Measure.Percent(1.5m), "second")), "NEG-05", "negotiation.concession_crosses_bottom_line");

        Assert.Equal(Measure.Percent(-1.5m), error.Detail<Measure>("position"));
        Assert.Equal(Measure.Percent(-2m), error.Detail<Measure>("bottomLine"));
    }

    [Fact]
    [Trait("Rule", "NEG-05")]
    public void After_an_approved_revision_the_same_concession_is_accepted()
    {
        var given = Run(
            InBargaining,
            new MakeConcession(Price, Measure.Percent(2m), "first"),
            new ReviseBottomLine(Price, Measure.Percent(-1m), Lead, "volume doubled"));

        DecisionAssert.Accepted(When(given, new MakeConcession(Price, Measure.Percent(1.5m), "second")));
        var revision = Assert.Single(given.FindObjective(Price)!.Revisions);
        Assert.Equal((Measure.Percent(-2m), Measure.Percent(-1m), Lead, "volume doubled"), (revision.Previous, revision.Revised, revision.ApprovedBy, revision.Reason));
    }

    [Fact]
    [Trait("Rule", "NEG-05")]
    public void A_revision_needs_an_approver_with_authority_and_a_reason()
    {
        DecisionAssert.Rejected(When(InBargaining, new ReviseBottomLine(Price, Measure.Percent(-1m), Analyst, "volume")), "NEG-05", "negotiation.revision_not_authorised");
        DecisionAssert.Rejected(When(InBargaining, new ReviseBottomLine(Price, Measure.Percent(-1m), Lead, " ")), "NEG-05", "negotiation.revision_reason_required");

        var directorOnly = Now.With(new BottomLineAuthority([Director], TeamLeadMayApprove: false));
        DecisionAssert.Rejected(When(InBargaining, new ReviseBottomLine(Price, Measure.Percent(-1m), Lead, "volume"), directorOnly), "NEG-05", "negotiation.revision_not_authorised");
        DecisionAssert.Accepted(When(InBargaining, new ReviseBottomLine(Price, Measure.Percent(-1m), Director, "volume"), directorOnly));
    }

    [Fact]
    [Trait("Rule", "NEG-05")]
    public void A_revision_stays_behind_the_target_and_behind_our_current_position()
    {
        DecisionAssert.Rejected(When(InBargaining, new ReviseBottomLine(Price, Measure.Percent(-6m), Lead, "greedy")), "NEG-02", "negotiation.bottom_line_wrong_side");
        var given = Run(InBargaining, new MakeConcession(Price, Measure.Percent(2m), "first"));
        DecisionAssert.Rejected(When(given, new ReviseBottomLine(Price, Measure.Percent(-4m), Lead, "tighten")), "NEG-05", "negotiation.revision_past_position");
    }

    [Fact]
    [Trait("Rule", "NEG-05")]
    public void A_concession_is_positive_in_the_objective_unit_on_a_known_objective_during_bargaining()
    {
        DecisionAssert.Rejected(When(InBargaining, new MakeConcession(Price, Measure.Percent(0m), "")), "NEG-05", "negotiation.concession_not_positive");
        DecisionAssert.Rejected(When(InBargaining, new MakeConcession(Price, Measure.Percent(-1m), "")), "NEG-05", "negotiation.concession_not_positive");
        DecisionAssert.Rejected(When(InBargaining, new MakeConcession(Price, Measure.Months(1m), "")), "NEG-05", "negotiation.concession_unit_mismatch");
        DecisionAssert.Rejected(When(InBargaining, new MakeConcession(Price, Measure.Percent(decimal.MaxValue), "")), "NEG-05", "negotiation.concession_crosses_bottom_line");
        DecisionAssert.Rejected(When(InBargaining, new MakeConcession(Term, Measure.Months(decimal.MaxValue), "")), "NEG-05", "negotiation.concession_crosses_bottom_line");
        DecisionAssert.Rejected(When(InBargaining, new MakeConcession(ObjectiveId.From(Guid.NewGuid()), Measure.Percent(1m), "")), "NEG-05", "negotiation.objective_unknown");
        DecisionAssert.Rejected(When(InExchange, new MakeConcession(Price, Measure.Percent(1m), "")), "NEG-05", "negotiation.not_in_phase");
    }

    [Fact]
    [Trait("Rule", "NEG-05")]
    public void A_bottom_line_can_be_revised_while_the_negotiation_is_suspended()
    {
        var given = Run(InBargaining, new SuspendNegotiation("deadlock on price"));
        DecisionAssert.Accepted(When(given, new ReviseBottomLine(Price, Measure.Percent(-1m), Lead, "to break the deadlock")));

        var suspendedInOpening = Run(InOpening, new SuspendNegotiation("the customer postponed"));
        DecisionAssert.Rejected(When(suspendedInOpening, new ReviseBottomLine(Price, Measure.Percent(-1m), Lead, "why not")), "NEG-05", "negotiation.not_in_phase");
    }

    // ---- NEG-06 strategy adjustments ----

    [Fact]
    [Trait("Rule", "NEG-06")]
    public void A_strategy_adjustment_is_logged_with_its_reason()
    {
        var plan = Run(InBargaining, new AdjustStrategy(" lead with the term ", " their volume is firm "));
        Assert.Equal(new StrategyAdjusted("lead with the term", "their volume is firm"), Assert.Single(plan.Adjustments));
    }

    [Fact]
    [Trait("Rule", "NEG-06")]
    public void A_strategy_adjustment_without_a_reason_or_outside_bargaining_is_rejected()
    {
        DecisionAssert.Rejected(When(InBargaining, new AdjustStrategy("lead with the term", "")), "NEG-06", "negotiation.adjustment_reason_required");
        DecisionAssert.Rejected(When(InBargaining, new AdjustStrategy(" ", "why")), "NEG-06", "negotiation.adjustment_required");
        DecisionAssert.Rejected(When(InOpening, new AdjustStrategy("lead with the term", "why")), "NEG-06", "negotiation.not_in_phase");
    }

    // ---- NEG-07 agenda items and disputes before the preliminary agreement ----

    [Fact]
    [Trait("Rule", "NEG-07")]
    public void A_preliminary_agreement_needs_every_item_and_dispute_off_the_table()
    {
        var given = Run(InBargaining, new RaiseDispute(Penalty, "penalty for late delivery"), new SettleAgendaItem(TermItem, Settlement.Deferred, "next year"));

        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(When(given, new ReachPreliminaryAgreement()), "NEG-07", "negotiation.agreement_not_ready"));

        Assert.Equal(["negotiation.missing.agenda_item_open", "negotiation.missing.dispute_open"], error.Missing.Select(m => m.Code));
        Assert.Equal(["Unit price for 2025", "penalty for late delivery"], error.Missing.Select(m => m.Details[0].Value));
    }

    [Fact]
    [Trait("Rule", "NEG-07")]
    public void Agreed_and_deferred_items_allow_the_preliminary_agreement()
    {
        var changed = DecisionAssert.Single<NegotiationEvent, PhaseChanged>(When(ReadyToAgree, new ReachPreliminaryAgreement()));
        Assert.Equal(NegotiationPhase.PreliminaryAgreement, changed.To);
    }

    [Fact]
    [Trait("Rule", "NEG-07")]
    public void Settling_means_agreeing_or_deferring_something_on_the_table()
    {
        DecisionAssert.Rejected(When(InBargaining, new SettleAgendaItem(PriceItem, Settlement.Open, "")), "NEG-07", "negotiation.settlement_required");
        DecisionAssert.Rejected(When(InBargaining, new SettleAgendaItem(AgendaItemId.From(Guid.NewGuid()), Settlement.Agreed, "")), "NEG-07", "negotiation.agenda_item_unknown");
        DecisionAssert.Rejected(When(InBargaining, new SettleDispute(Penalty, Settlement.Agreed, "")), "NEG-07", "negotiation.dispute_unknown");
        DecisionAssert.Rejected(When(InBargaining, new RaiseDispute(Penalty, "")), "NEG-07", "negotiation.dispute_subject_required");
        DecisionAssert.Rejected(When(ReadyToAgree, new RaiseDispute(Penalty, "again")), "NEG-07", "negotiation.dispute_already_raised");
        DecisionAssert.Accepted(When(InExchange, new RaiseDispute(Penalty, "penalty")));
    }

    // ---- NEG-08 minutes ----

    [Fact]
    [Trait("Rule", "NEG-08")]
    public void Minutes_record_consensus_items_not_agreed_and_owned_dated_follow_ups()
    {
        var plan = Run(InAgreement, new RecordMinutes(CompleteMinutes));
        Assert.Equal(2, plan.FollowUps.Count);
        Assert.All(plan.FollowUps, f => Assert.Equal(FollowUpStatus.Pending, f.Status));
    }

    [Fact]
    [Trait("Rule", "NEG-08")]
    public void Incomplete_minutes_name_everything_missing()
    {
        var minutes = new Minutes(
            [" "],
            [new UnresolvedItem("warranty", FollowUpActionId.From(Guid.NewGuid()))],
            [new FollowUpAction(DraftAction, "Send the draft", Lead, new LocalDate(2025, 3, 2))]);

        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(When(InAgreement, new RecordMinutes(minutes)), "NEG-08", "negotiation.minutes_incomplete"));

        Assert.Equal(
            ["negotiation.missing.consensus", "negotiation.missing.unresolved_follow_up", "negotiation.missing.deferred_not_listed", "negotiation.missing.follow_up_due_past"],
            error.Missing.Select(m => m.Code));
        Assert.Equal("penalty for late delivery", error.Missing[2].Details[0].Value);
    }

    [Fact]
    [Trait("Rule", "NEG-08")]
    public void Follow_up_starts_only_once_minutes_are_recorded()
    {
        var signedWithoutMinutes = Run(InAgreement, new AttachContractReview(Review), new SignAgreement());
        DecisionAssert.Rejected(When(signedWithoutMinutes, new StartFollowUp()), "NEG-08", "negotiation.minutes_missing");
        DecisionAssert.Accepted(When(Run(signedWithoutMinutes, new RecordMinutes(CompleteMinutes)), new StartFollowUp()));
    }

    // ---- NEG-09 signing ----

    [Fact]
    [Trait("Rule", "NEG-09")]
    public void Signing_needs_an_approved_contract_review()
    {
        var withMinutes = Run(InAgreement, new RecordMinutes(CompleteMinutes));
        DecisionAssert.Rejected(When(withMinutes, new SignAgreement()), "NEG-09", "negotiation.contract_review_missing");

        var signed = DecisionAssert.Single<NegotiationEvent, PhaseChanged>(When(ReadyToSign, new SignAgreement()));
        Assert.Equal(NegotiationPhase.Signed, signed.To);
        Assert.Equal(Review, ReadyToSign.ContractReview);
    }

    [Fact]
    [Trait("Rule", "NEG-09")]
    public void A_review_approved_only_after_today_is_not_yet_an_approved_review()
    {
        var before = ContractReviewSources.Supply(TestContexts.On(new LocalDate(2025, 1, 1)), Account);
        var error = DecisionAssert.Rejected(Plan.Decide(new AttachContractReview(Review), InAgreement, before), "NEG-09", "negotiation.contract_review_not_yet_approved");
        Assert.Contains("2025-01-02", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "NEG-09")]
    public void Signing_before_the_preliminary_agreement_is_not_in_the_table()
    {
        DecisionAssert.Rejected(When(InBargaining, new SignAgreement()), "GEN-05", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(When(InBargaining, new AttachContractReview(Review)), "NEG-09", "negotiation.not_in_phase");
    }

    // ---- NEG-10 closing ----

    [Fact]
    [Trait("Rule", "NEG-10")]
    public void The_plan_closes_only_when_every_follow_up_is_done_or_cancelled()
    {
        var given = Run(InFollowUp, new CompleteFollowUp(DraftAction, "sent"));

        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(When(given, new ClosePlan()), "NEG-10", "negotiation.follow_ups_pending"));

        var pending = Assert.Single(error.Missing);
        Assert.Equal(["Agree the late-delivery penalty", "E1002", new LocalDate(2025, 3, 31)], pending.Details.Select(d => d.Value));
        Assert.Equal(NegotiationPhase.Closed, Run(ReadyToClose, new ClosePlan()).Phase);
    }

    [Fact]
    [Trait("Rule", "NEG-10")]
    public void A_follow_up_is_cancelled_only_with_a_reason_and_finished_once()
    {
        DecisionAssert.Rejected(When(InFollowUp, new CancelFollowUp(PenaltyAction, " ")), "NEG-10", "negotiation.cancel_reason_required");
        DecisionAssert.Rejected(When(ReadyToClose, new CompleteFollowUp(DraftAction, "again")), "NEG-10", "negotiation.follow_up_already_finished");
        DecisionAssert.Rejected(When(InFollowUp, new CompleteFollowUp(FollowUpActionId.From(Guid.NewGuid()), "")), "NEG-10", "negotiation.follow_up_unknown");
        DecisionAssert.Rejected(When(Signed, new CompleteFollowUp(DraftAction, "")), "NEG-10", "negotiation.not_in_phase");
        Assert.Equal("covered by the framework agreement", ReadyToClose.FollowUps.Single(f => f.Action.Id == PenaltyAction).Note);
    }

    // ---- NEG-11 outcome evaluation ----

    [Theory]
    [Trait("Rule", "NEG-11")]
    [InlineData(-6, OutcomeScore.MetTarget)]
    [InlineData(-5, OutcomeScore.MetTarget)]
    [InlineData(-3, OutcomeScore.WithinRange)]
    [InlineData(-2, OutcomeScore.WithinRange)]
    [InlineData(-1, OutcomeScore.BelowBottomLine)]
    public void An_achieved_value_is_scored_against_target_and_bottom_line(decimal achieved, OutcomeScore expected)
    {
        Assert.Equal(expected, OutcomeEvaluation.Score(PriceObjective, PriceObjective.BottomLine, Measure.Percent(achieved)));
    }

    [Fact]
    [Trait("Rule", "NEG-11")]
    public void The_plan_evaluates_each_objective_with_a_recorded_outcome()
    {
        var plan = Run(Signed, new RecordOutcome(Price, Measure.Percent(-3m)), new RecordOutcome(Term, Measure.Months(12m)));

        var outcomes = plan.Evaluate();

        Assert.Equal([OutcomeScore.WithinRange, OutcomeScore.MetTarget], outcomes.Select(o => o.Score));
        Assert.All(outcomes, o => Assert.False(o.BottomLineRevised));
        DecisionAssert.Rejected(When(Signed, new RecordOutcome(Price, Measure.Days(3m))), "NEG-11", "negotiation.outcome_unit_mismatch");
        DecisionAssert.Rejected(When(InBargaining, new RecordOutcome(Price, Measure.Percent(-3m))), "NEG-11", "negotiation.not_in_phase");
    }
}
