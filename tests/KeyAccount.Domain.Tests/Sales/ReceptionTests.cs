using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

public sealed class ReceptionTests
{
    private static readonly SiteVisitId Visit = SiteVisitId.From(Guid.Parse("66666666-6666-6666-6666-666666666666"));
    private static readonly CustomerInformationForm Complete = new("王芳", "13800000000", "3-bedroom, 120 m²", "newspaper");
    private static readonly SiteVisitState Arrived = SiteVisitDecider.Instance.Replay([new VisitRegistered(Visit, Project, Specialist, false)]);
    private static readonly ActorId A = new("AG-A");
    private static readonly ActorId B = new("AG-B");
    private static readonly ActorId C = new("AG-C");

    private static Decision<SiteVisitEvent> Visit_(SiteVisitState state, SiteVisitCommand command) => SiteVisitDecider.Instance.Decide(command, state, TestContexts.Default);

    private static Decision<ReceptionDayEvent> Reception(ReceptionDayState state, ReceptionDayCommand command) => ReceptionDayDecider.Instance.Decide(command, state, TestContexts.Default);

    private static ReceptionDayState OnDuty(params ActorId[] agents) =>
        ReceptionDayDecider.Instance.Replay(agents.Select(a => (ReceptionDayEvent)new DutyStarted(Project, Monday, a)));

    [Fact]
    [Trait("Rule", "RCP-02")]
    public void A_member_card_is_issued_against_the_complete_form_and_the_badge_number()
    {
        var withForm = SiteVisitDecider.Instance.Evolve(Arrived, new CustomerInformationRecorded(Complete));

        var issued = DecisionAssert.Single<SiteVisitEvent, MemberCardIssued>(Visit_(withForm, new IssueMemberCard("VIP-001", "CS-07")));

        Assert.Equal("CS-07", issued.BadgeNumber);
        DecisionAssert.Rejected(Visit_(SiteVisitDecider.Instance.Evolve(withForm, issued), new IssueMemberCard("VIP-002", "CS-07")), "RCP-02", "sales.member_card_already_issued");
    }

    [Fact]
    [Trait("Rule", "RCP-02")]
    public void A_member_card_without_a_complete_form_or_badge_number_is_rejected_listing_what_is_missing()
    {
        var noForm = DecisionAssert.Rejected(Visit_(Arrived, new IssueMemberCard("VIP-001", " ")), "RCP-02", "sales.member_card_requirements");
        var partial = DecisionAssert.Rejected(Visit_(SiteVisitDecider.Instance.Evolve(Arrived, new CustomerInformationRecorded(Complete with { Phone = "", Source = " " })),
            new IssueMemberCard("VIP-001", "CS-07")), "RCP-02");

        Assert.Equal(["sales.information_form_missing", "sales.badge_number_missing"], Codes(noForm));
        Assert.Equal(["phone", "source"], ((RequirementsMissing)partial).Missing.Select(m => (string)m.Details[0].Value!));
    }

    [Fact]
    [Trait("Rule", "RCP-01")]
    public void A_visitor_who_leaves_without_a_deal_gets_a_reason_and_complete_information()
    {
        var withForm = SiteVisitDecider.Instance.Evolve(Arrived, new CustomerInformationRecorded(Complete));

        Assert.Equal("Price above budget", DecisionAssert.Single<SiteVisitEvent, VisitClosedWithoutDeal>(Visit_(withForm, new CloseVisitWithoutDeal(" Price above budget "))).Reason);
        Assert.Equal(["sales.non_conversion_reason_missing", "sales.information_form_missing"], Codes(DecisionAssert.Rejected(Visit_(Arrived, new CloseVisitWithoutDeal("")), "RCP-01", "sales.visit_close_requirements")));
        DecisionAssert.Rejected(Visit_(SiteVisitDecider.Instance.Evolve(Arrived, new CustomerInformationRecorded(Complete with { Name = "" })), new CloseVisitWithoutDeal("Too far")), "RCP-01");
    }

    [Fact]
    [Trait("Rule", "RCP-01")]
    public void A_converted_or_closed_visit_takes_no_further_command()
    {
        var converted = SiteVisitDecider.Instance.Evolve(Arrived, DecisionAssert.Single<SiteVisitEvent, VisitConverted>(Visit_(Arrived, new RecordDeal(Subscription))));

        DecisionAssert.Rejected(Visit_(converted, new CloseVisitWithoutDeal("changed mind")), "RCP-01", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(Visit_(Arrived, new RegisterVisit(Visit, Project, Specialist, false)), "RCP-01", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(Visit_(SiteVisitState.Initial, new RegisterVisit(Visit, Project, default, false)), "RCP-02", "sales.visit_specialist_required");
    }

    [Fact]
    [Trait("Rule", "RCP-03")]
    public void A_returning_customer_goes_to_the_site_manager_and_back_to_the_agent_who_served_them()
    {
        var day = OnDuty(A, B);

        var routed = DecisionAssert.Single<ReceptionDayEvent, ReturningCustomerRouted>(Reception(day, new RouteReturningCustomer(Visit, SiteManager, B)));
        var after = ReceptionDayDecider.Instance.Evolve(day, routed);

        Assert.Equal((SiteManager, (ActorId?)B), (routed.SiteManager, routed.ServedBy));
        Assert.Equal(0, after.NewVisitorsOf(B));
        Assert.Null(DecisionAssert.Single<ReceptionDayEvent, ReturningCustomerRouted>(Reception(day, new RouteReturningCustomer(Visit, SiteManager, C))).ServedBy);
        DecisionAssert.Rejected(Reception(day, new RouteReturningCustomer(Visit, default, B)), "RCP-03", "sales.site_manager_required");
        DecisionAssert.Rejected(Reception(after, new RouteReturningCustomer(Visit, SiteManager, B)), "RCP-03", "sales.visitor_already_assigned");
    }

    [Fact]
    [Trait("Rule", "SUB-07")]
    public void A_customer_with_an_effective_subscription_goes_to_signing_without_queueing()
    {
        var day = OnDuty(A, B);

        var routed = DecisionAssert.Single<ReceptionDayEvent, RoutedToSigning>(Reception(day, new RouteToSigning(Visit, Subscription, SubscriptionStatus.Effective)));
        var after = ReceptionDayDecider.Instance.Evolve(day, routed);

        Assert.Equal(A, after.NextInRotation);
        Assert.Equal(0, after.NewVisitorsOf(A) + after.NewVisitorsOf(B));
        DecisionAssert.Rejected(Reception(day, new RouteToSigning(Visit, Subscription, SubscriptionStatus.Draft)), "SUB-07", "sales.subscription_not_signable");
        DecisionAssert.Rejected(Reception(after, new RouteToSigning(Visit, Subscription, SubscriptionStatus.Effective)), "SUB-07", "sales.visitor_already_assigned");
    }

    [Fact]
    [Trait("Rule", "RCP-04")]
    public void New_visitors_go_round_the_agents_on_duty_and_a_late_agent_catches_up_first()
    {
        var day = OnDuty(A, B);
        var served = new List<ActorId>();
        for (var i = 0; i < 4; i++)
        {
            var assigned = DecisionAssert.Single<ReceptionDayEvent, VisitorAssigned>(Reception(day, new AssignNewVisitor(SiteVisitId.From(Guid.NewGuid()))));
            served.Add(assigned.Agent);
            day = ReceptionDayDecider.Instance.Evolve(day, assigned);
        }

        day = ReceptionDayDecider.Instance.Evolve(day, new DutyStarted(Project, Monday, C));
        for (var i = 0; i < 3; i++)
        {
            var assigned = DecisionAssert.Single<ReceptionDayEvent, VisitorAssigned>(Reception(day, new AssignNewVisitor(SiteVisitId.From(Guid.NewGuid()))));
            served.Add(assigned.Agent);
            day = ReceptionDayDecider.Instance.Evolve(day, assigned);
        }

        Assert.Equal([A, B, A, B, C, C, A], served);
    }

    [Fact]
    [Trait("Rule", "RCP-04")]
    public void Nobody_on_duty_an_agent_off_duty_twice_or_a_visitor_assigned_twice_is_rejected()
    {
        DecisionAssert.Rejected(Reception(ReceptionDayState.Initial, new AssignNewVisitor(Visit)), "RCP-04", "sales.nobody_on_duty");
        DecisionAssert.Rejected(Reception(OnDuty(A), new EndDuty(B)), "RCP-04", "sales.agent_not_on_duty");
        DecisionAssert.Rejected(Reception(ReceptionDayState.Initial, new StartDuty(Project, default)), "RCP-04", "sales.agent_required");
        var day = ReceptionDayDecider.Instance.Evolve(OnDuty(A), new VisitorAssigned(Visit, A));
        DecisionAssert.Rejected(Reception(day, new AssignNewVisitor(Visit)), "RCP-04", "sales.visitor_already_assigned");
        Assert.Empty(DecisionAssert.Accepted(Reception(day, new StartDuty(Project, A))));
    }

    [Fact]
    [Trait("Rule", "RCP-04")]
    public void A_reception_day_opens_with_its_first_agent_or_routed_customer_and_the_rotation_needs_an_open_day()
    {
        Assert.Equal(ReceptionDayStatus.Open, OnDuty(A).Status);
        Assert.Equal(ReceptionDayStatus.Open, ReceptionDayDecider.Instance.Replay([new ReturningCustomerRouted(Visit, SiteManager, null)]).Status);
        Assert.Equal(ReceptionDayStatus.Open, ReceptionDayDecider.Instance.Replay([new RoutedToSigning(Visit, Subscription)]).Status);

        var ended = ReceptionDayDecider.Instance.TryReplay([new DutyEnded(A)]).AsT1;
        var assigned = ReceptionDayDecider.Instance.TryReplay([new VisitorAssigned(Visit, A)]).AsT1;

        Assert.Equal((MalformedEventKind.DoesNotFollow, 1L, "RCP-04"), (ended.Kind, ended.Position, ended.IllegalMoveRule?.ToString()));
        Assert.Equal((MalformedEventKind.DoesNotFollow, 1L, "RCP-04"), (assigned.Kind, assigned.Position, assigned.IllegalMoveRule?.ToString()));
        DecisionAssert.Rejected(Reception(ReceptionDayState.Initial, new EndDuty(A)), "RCP-04", "sales.agent_not_on_duty");
    }

    [Property(MaxTest = 300)]
    [Trait("Rule", "RCP-04")]
    public Property No_agent_is_given_a_new_visitor_while_another_on_duty_agent_has_fewer() =>
        Prop.ForAll(Gen.Choose(0, 8).ArrayOf().ToArbitrary(), script =>
        {
            ActorId[] agents = [A, B, C];
            var day = ReceptionDayState.Initial;
            foreach (var step in script)
            {
                ReceptionDayCommand command = step switch
                {
                    < 3 => new StartDuty(Project, agents[step]),
                    < 5 => new EndDuty(agents[step - 3]),
                    _ => new AssignNewVisitor(SiteVisitId.From(Guid.NewGuid())),
                };
                var (decision, next) = ReceptionDayDecider.Instance.Apply(command, day, TestContexts.Default);
                if (decision.IsAccepted && decision.Events.SingleOrDefault() is VisitorAssigned assigned)
                {
                    Assert.Contains(assigned.Agent, day.OnDuty);
                    Assert.All(day.OnDuty, other => Assert.True(day.NewVisitorsOf(assigned.Agent) <= day.NewVisitorsOf(other)));
                    Assert.All(next.OnDuty, other => Assert.True(next.NewVisitorsOf(assigned.Agent) <= next.NewVisitorsOf(other) + 1));
                }

                day = next;
            }
        });
}
