using System;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.Fulfilment;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Fulfilment;

public sealed class ServiceRequestTests
{
    private static readonly ServiceRequestId Request = ServiceRequestId.From(Guid.Parse("0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5"));
    private static readonly AccountId Account = AccountId.From(Guid.Parse("1b2c3d4e-5f60-4718-89a0-b1c2d3e4f506"));
    private static readonly ComplaintId Complaint = ComplaintId.From(Guid.Parse("5d6e7f80-9a1b-4c2d-8e3f-405162738495"));

    private static ServiceRequestDecider Requests => ServiceRequestDecider.Instance;

    // Friday 7 March 2025; the next working day is Monday 10 March.
    private static DecisionContext Friday => TestContexts.On(new LocalDate(2025, 3, 7));

    private static ReceiveServiceRequest Receive() => new(Request, Account, "Pump GP-20 noisy after installation");

    private static ServiceRequestState Given(DecisionContext context, params ServiceRequestCommand[] commands)
    {
        var state = Requests.Initial;
        foreach (var command in commands)
        {
            var (decision, next) = Requests.Apply(command, state, command is EscalateServiceRequest e ? ServiceRequestGenerators.ComplaintFor(context, e.Complaint, Account) : context);
            Assert.True(decision.IsAccepted, $"Given {command}: {(decision.IsRejected ? decision.Error.ToString() : "")}");
            state = next;
        }

        return state;
    }

    [Fact]
    [Trait("Rule", "DLV-05")]
    public void The_window_is_counted_in_working_days_on_the_calendar_and_fixed_when_received()
    {
        var received = DecisionAssert.Single<ServiceRequestEvent, ServiceRequestReceived>(Requests.Decide(Receive(), Requests.Initial, Friday));
        Assert.Equal(new LocalDate(2025, 3, 10), received.AcknowledgeBy);

        // National Day 2025: 1 to 8 October are holidays; a request of 30 September is due on 9 October.
        var beforeHoliday = DecisionAssert.Single<ServiceRequestEvent, ServiceRequestReceived>(Requests.Decide(Receive(), Requests.Initial, TestContexts.On(new LocalDate(2025, 9, 30))));
        Assert.Equal(new LocalDate(2025, 10, 9), beforeHoliday.AcknowledgeBy);

        var three = DecisionAssert.Single<ServiceRequestEvent, ServiceRequestReceived>(Requests.Decide(Receive(), Requests.Initial, Friday.With(new ServiceWindowPolicy(3))));
        Assert.Equal(new LocalDate(2025, 3, 12), three.AcknowledgeBy);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceWindowPolicy(-1));
    }

    [Fact]
    [Trait("Rule", "DLV-05")]
    public void An_acknowledgement_after_the_window_records_the_working_days_late()
    {
        var received = Given(Friday, Receive());
        var onTime = DecisionAssert.Single<ServiceRequestEvent, ServiceRequestAcknowledged>(Requests.Decide(new AcknowledgeServiceRequest("Service desk"), received, TestContexts.On(new LocalDate(2025, 3, 10))));
        var late = DecisionAssert.Single<ServiceRequestEvent, ServiceRequestAcknowledged>(Requests.Decide(new AcknowledgeServiceRequest("Service desk"), received, TestContexts.On(new LocalDate(2025, 3, 12))));

        Assert.Equal(0, onTime.WorkingDaysLate);
        Assert.Equal(2, late.WorkingDaysLate);
    }

    [Fact]
    [Trait("Rule", "DLV-05")]
    public void Incomplete_requests_and_steps_out_of_order_are_refused_naming_DLV_05()
    {
        DecisionAssert.Rejected(Requests.Decide(Receive() with { Subject = " " }, Requests.Initial, Friday), "DLV-05", "service.subject_required");
        var received = Given(Friday, Receive());
        DecisionAssert.Rejected(Requests.Decide(Receive(), received, Friday), "DLV-05", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(Requests.Decide(new AcknowledgeServiceRequest(""), received, Friday), "DLV-05", "service.acknowledged_by_required");
        DecisionAssert.Rejected(Requests.Decide(new CloseServiceRequest("Bearing replaced", "Mr Li"), received, Friday), "DLV-05", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(Requests.Decide(new EscalateServiceRequest(Complaint, "Seal leaks"), received, ServiceRequestGenerators.ComplaintFor(Friday, Complaint, Account)), "DLV-05", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "DLV-05")]
    public void A_request_closes_only_with_its_resolution_and_the_customers_confirmation()
    {
        var acknowledged = Given(Friday, Receive(), new AcknowledgeServiceRequest("Service desk"));

        DecisionAssert.Rejected(Requests.Decide(new CloseServiceRequest(" ", "Mr Li"), acknowledged, Friday), "DLV-05", "service.resolution_required");
        DecisionAssert.Rejected(Requests.Decide(new CloseServiceRequest("Bearing replaced", ""), acknowledged, Friday), "DLV-05", "service.confirmation_required");
        var closed = DecisionAssert.Single<ServiceRequestEvent, ServiceRequestClosed>(Requests.Decide(new CloseServiceRequest("Bearing replaced", "Mr Li"), acknowledged, Friday));

        Assert.Equal("Mr Li", closed.ConfirmedBy);
        Assert.Equal(ServiceRequestStatus.Closed, Requests.Evolve(acknowledged, closed).Status);
    }

    [Fact]
    [Trait("Rule", "DLV-05")]
    [Trait("Rule", "CMP-01")]
    [Trait("Rule", "GEN-11")]
    public void A_nonconformity_escalates_to_a_received_complaint_of_the_same_account_and_the_request_keeps_its_ID()
    {
        var acknowledged = Given(Friday, Receive(), new AcknowledgeServiceRequest("Service desk"));
        var escalate = new EscalateServiceRequest(Complaint, "Shaft seal leaks");

        DecisionAssert.Rejected(Requests.Decide(escalate, acknowledged, Friday), "GEN-11", "evidence.missing");
        DecisionAssert.Rejected(Requests.Decide(escalate, acknowledged, ServiceRequestGenerators.ComplaintFor(Friday, Complaint, AccountId.From(Guid.Empty))), "DLV-05", "service.complaint_other_account");
        DecisionAssert.Rejected(Requests.Decide(escalate, acknowledged, Friday.WithSource(ComplaintAggregate.StreamOf(Complaint), 0, ComplaintState.NotReceived)), "GEN-11", "evidence.not_borne_out");
        DecisionAssert.Rejected(Requests.Decide(escalate with { Nonconformity = "" }, acknowledged, ServiceRequestGenerators.ComplaintFor(Friday, Complaint, Account)), "DLV-05", "service.nonconformity_required");

        var escalated = Given(Friday, Receive(), new AcknowledgeServiceRequest("Service desk"), escalate);
        Assert.Equal(ServiceRequestStatus.Escalated, escalated.Status);
        Assert.Equal(Complaint, escalated.Complaint);

        // The way back: from the complaint to the requests that were escalated to it.
        Assert.Equal([Request], new[] { escalated, acknowledged }.Where(r => r.Complaint == Complaint).Select(r => r.Request));
        Assert.Equal(ServiceRequestStatus.Closed, Given(Friday, Receive(), new AcknowledgeServiceRequest("Desk"), escalate, new CloseServiceRequest("Replaced under the complaint's action", "Mr Li")).Status);
    }

    [Fact]
    [Trait("Rule", "DLV-05")]
    public void The_overdue_report_lists_requests_not_acknowledged_within_their_window()
    {
        var unacknowledged = Given(Friday, Receive());
        var onTime = Given(Friday, Receive() with { Request = ServiceRequestId.From(Guid.NewGuid()) }) is var s
            ? Requests.Apply(new AcknowledgeServiceRequest("Desk"), s, TestContexts.On(new LocalDate(2025, 3, 10))).State : null!;
        var late = Requests.Apply(new AcknowledgeServiceRequest("Desk"), Given(Friday, Receive() with { Request = ServiceRequestId.From(Guid.NewGuid()) }), TestContexts.On(new LocalDate(2025, 3, 11))).State;

        Assert.Empty(ServiceRequestReport.OverdueAsOf([unacknowledged, onTime, late], new LocalDate(2025, 3, 10)));
        var overdue = ServiceRequestReport.OverdueAsOf([unacknowledged, onTime, late], new LocalDate(2025, 3, 11));

        Assert.Equal(new[] { unacknowledged.Request, late.Request }.OrderBy(r => r.Value), overdue.Select(o => o.Request).OrderBy(r => r.Value));
        Assert.Equal(new LocalDate(2025, 3, 11), overdue.Single(o => o.Request == late.Request).AcknowledgedOn);
    }
}
