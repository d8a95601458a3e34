using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Quality.ComplaintSteps;

namespace KeyAccount.Domain.Tests.Quality;

[Trait("Rule", "CMP-01")]
public sealed class ComplaintTests
{
    [Fact]
    public void Sales_receives_a_complaint()
    {
        var received = DecisionAssert.Single<ComplaintEvent, ComplaintReceived>(When(Complaints.Initial, Receive()));

        Assert.Equal(Today, received.ReceivedOn);
        Assert.Equal(Account, received.Account);
    }

    [Fact]
    public void Nobody_but_sales_receives_a_complaint()
    {
        var error = DecisionAssert.Rejected(When(Complaints.Initial, Receive() with { By = Department.Quality }), "CMP-01", "complaint.wrong_department");

        Assert.Equal(Department.Sales, error.Detail<Department>("expected"));
    }

    [Fact]
    public void A_complaint_states_what_the_customer_complains_of_and_is_received_once()
    {
        DecisionAssert.Rejected(When(Complaints.Initial, Receive() with { Description = "" }), "CMP-01", "complaint.description_required");
        DecisionAssert.Rejected(When(Given(Receive()), Receive()), "CMP-01", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(When(Complaints.Initial, Investigate()), "CMP-01", "lifecycle.transition_not_allowed");
    }

    [Fact]
    public void Quality_control_investigates_and_records_the_cause()
    {
        var (decision, state) = Complaints.Apply(Investigate(), Given(Receive()), TestContexts.Default);

        DecisionAssert.Single<ComplaintEvent, ComplaintInvestigated>(decision);
        Assert.Equal(ComplaintCause.ProductQuality, state.Cause);
        Assert.Equal(ComplaintStatus.Investigated, state.Status);
    }

    [Fact]
    public void Sales_does_not_investigate_and_an_investigation_states_its_findings()
    {
        DecisionAssert.Rejected(When(Given(Receive()), Investigate() with { By = Department.Sales }), "CMP-01", "complaint.wrong_department");
        DecisionAssert.Rejected(When(Given(Receive()), Investigate() with { Findings = " " }), "CMP-01", "complaint.findings_required");
    }

    [Fact]
    public void No_action_is_requested_before_the_cause_is_known()
    {
        var error = DecisionAssert.Rejected(When(Given(Receive()), Request()), "CMP-01");

        Assert.IsType<TransitionNotAllowed>(error);
    }

    [Fact]
    public void Quality_control_issues_the_action_request_to_the_responsible_department()
    {
        var requested = DecisionAssert.Single<ComplaintEvent, CorrectiveActionRequested>(When(Given(Receive(), Investigate()), Request()));

        Assert.Equal(1, requested.RequestNumber);
        Assert.Equal(Department.Production, requested.Responsible);
        Assert.Equal(Today.PlusDays(10), requested.DueOn);
    }

    [Fact]
    public void An_action_request_is_due_no_earlier_than_the_day_it_is_issued()
    {
        DecisionAssert.Rejected(When(Given(Receive(), Investigate()), Request(days: -1)), "CMP-01", "complaint.due_date_past");
        DecisionAssert.Single<ComplaintEvent, CorrectiveActionRequested>(When(Given(Receive(), Investigate()), Request(days: 0)));
        DecisionAssert.Rejected(When(Given(Receive(), Investigate()), Request() with { Action = "" }), "CMP-01", "complaint.action_required");
        DecisionAssert.Rejected(When(Given(Receive(), Investigate()), Request() with { By = Department.Production }), "CMP-01", "complaint.wrong_department");
    }

    [Fact]
    public void Only_the_responsible_department_reports_the_action_implemented()
    {
        var state = Given(Receive(), Investigate(), Request());

        var error = DecisionAssert.Rejected(When(state, Implemented() with { By = Department.Quality }), "CMP-01", "complaint.wrong_department");
        Assert.Equal(Department.Production, error.Detail<Department>("expected"));
        DecisionAssert.Rejected(When(state, Implemented() with { Description = "" }), "CMP-01", "complaint.implementation_required");
        DecisionAssert.Single<ComplaintEvent, CorrectiveActionImplemented>(When(state, Implemented()));
    }

    [Fact]
    public void A_complaint_does_not_close_without_verification_of_effectiveness()
    {
        foreach (var state in new[] { Given(Receive()), Given(Receive(), Investigate()), Given(Receive(), Investigate(), Request()), Given(Receive(), Investigate(), Request(), Implemented()) })
        {
            var error = DecisionAssert.Rejected(When(state, new CloseComplaint(Department.Quality)), "CMP-01", "lifecycle.transition_not_allowed");
            Assert.Equal(state.Status.ToString(), Assert.IsType<TransitionNotAllowed>(error).From);
        }
    }

    [Fact]
    public void Effectiveness_is_verified_by_quality_control_on_stated_evidence()
    {
        var state = Given(Receive(), Investigate(), Request(), Implemented());

        DecisionAssert.Rejected(When(state, Verify() with { By = Department.Production }), "CMP-01", "complaint.wrong_department");
        DecisionAssert.Rejected(When(state, Verify() with { Evidence = "" }), "CMP-01", "complaint.evidence_required");
        DecisionAssert.Rejected(When(Given(Receive(), Investigate(), Request()), Verify()), "CMP-01", "lifecycle.transition_not_allowed");
    }

    [Fact]
    public void A_verified_complaint_closes()
    {
        var (decision, state) = Complaints.Apply(new CloseComplaint(Department.Quality), Given(Receive(), Investigate(), Request(), Implemented(), Verify()), TestContexts.Default);

        DecisionAssert.Single<ComplaintEvent, ComplaintClosed>(decision);
        Assert.Equal(ComplaintStatus.Closed, state.Status);
        Assert.Equal(Today, state.ClosedOn);
        DecisionAssert.Rejected(When(state, Investigate()), "CMP-01");
    }

    [Fact]
    public void An_ineffective_action_sends_the_complaint_back_for_a_new_request()
    {
        var state = Given(Receive(), Investigate(), Request(), Implemented(), Verify(effective: false));

        Assert.Equal(ComplaintStatus.Investigated, state.Status);
        DecisionAssert.Rejected(When(state, new CloseComplaint(Department.Quality)), "CMP-01");
        var second = DecisionAssert.Single<ComplaintEvent, CorrectiveActionRequested>(When(state, Request(days: 20)));
        Assert.Equal(2, second.RequestNumber);
        var closed = Given(Receive(), Investigate(), Request(), Implemented(), Verify(effective: false), Request(20), Implemented(), Verify(), new CloseComplaint(Department.Quality));
        Assert.Equal([false, true], closed.Actions.Select(a => a.Effective!.Value).ToArray());
    }

    [Fact]
    public void Only_quality_control_closes_a_complaint()
    {
        DecisionAssert.Rejected(When(Given(Receive(), Investigate(), Request(), Implemented(), Verify()), new CloseComplaint(Department.Sales)), "CMP-01", "complaint.wrong_department");
    }

    [Fact]
    public void What_next_says_why_a_complaint_cannot_close_yet()
    {
        var state = Given(Receive(), Investigate(), Request());

        var next = Complaints.WhatNext(state, TestContexts.Default, Complaints.ProposeCommands(state, TestContexts.Default));

        var blocked = Assert.Single(next.Blocked);
        Assert.Equal("ActionRequested", Assert.IsType<TransitionNotAllowed>(blocked.Reason).From);
        Assert.Equal(["CMP-01"], next.BlockingRules.Select(r => r.Value).ToArray());
        var verified = Given(Receive(), Investigate(), Request(), Implemented(), Verify());
        Assert.Single(Complaints.WhatNext(verified, TestContexts.Default, Complaints.ProposeCommands(verified, TestContexts.Default)).Accepted);
    }

    [Fact]
    public void Overdue_means_past_due_and_not_implemented()
    {
        var state = Given(Receive(), Investigate(), Request(days: 10));

        Assert.False(state.CurrentAction!.IsOverdueOn(Today.PlusDays(10)));
        Assert.True(state.CurrentAction.IsOverdueOn(Today.PlusDays(11)));
        Assert.False(Complaints.Apply(Implemented(), state, TestContexts.Default).State.CurrentAction!.IsOverdueOn(Today.PlusDays(11)));
    }
}
