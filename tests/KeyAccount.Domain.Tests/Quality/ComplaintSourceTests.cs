using System;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Service;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Service;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Quality;

/// <summary>A complaint escalated from a service request (DLV-05) or a feedback item (KAM-05) records its source, so
/// that the link holds both ways (CMP-01); the source's state is the evidence (GEN-11).</summary>
public sealed class ComplaintSourceTests
{
    private static readonly ComplaintId Complaint = ComplaintId.From(Guid.Parse("5d6e7f80-9a1b-4c2d-8e3f-405162738495"));
    private static readonly ComplaintId OtherComplaint = ComplaintId.From(Guid.Parse("5d6e7f80-9a1b-4c2d-8e3f-405162738496"));
    private static readonly ServiceRequestId Request = ServiceRequestId.From(Guid.Parse("0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5"));

    private static AccountId Account => ServiceSteps.Account;

    private static ComplaintDecider Complaints => ComplaintDecider.Instance;

    private static ReceiveComplaint Receive(ComplaintSource? source) =>
        new(Complaint, Account, "Pump GP-20 seal leaks after installation", Department.Sales, source);

    private static ServiceRequestState RequestOf(AccountId account, params ServiceRequestCommand[] more)
    {
        var state = ServiceRequestDecider.Instance.Initial;
        foreach (var command in new ServiceRequestCommand[] { new ReceiveServiceRequest(Request, account, "Pump GP-20 leaks"), new AcknowledgeServiceRequest("Service desk") }.Concat(more))
        {
            var context = command is EscalateServiceRequest e ? ComplaintReceivedFor(e.Complaint, account) : TestContexts.Default;
            var (decision, next) = ServiceRequestDecider.Instance.Apply(command, state, context);
            Assert.True(decision.IsAccepted, decision.IsRejected ? decision.Error.ToString() : string.Empty);
            state = next;
        }

        return state;
    }

    private static DecisionContext ComplaintReceivedFor(ComplaintId complaint, AccountId account) =>
        TestContexts.Default.WithSource(ComplaintAggregate.StreamOf(complaint), 1, Complaints.Replay([new ComplaintReceived(complaint, account, "leak", TestContexts.Default.Today)]));

    private static DecisionContext WithRequest(ServiceRequestState request) =>
        TestContexts.Default.WithSource(ServiceRequestAggregate.StreamOf(Request), 2, request);

    private static DecisionContext WithService(AccountServiceState service) =>
        TestContexts.Default.WithSource(AccountServiceAggregate.StreamOf(Account), 3, service);

    [Fact]
    [Trait("Rule", "CMP-01")]
    [Trait("Rule", "DLV-05")]
    [Trait("Rule", "GEN-11")]
    public void A_complaint_escalated_from_a_service_request_records_the_request_and_the_request_records_the_complaint()
    {
        var events = DecisionAssert.Accepted(Complaints.Decide(Receive(ComplaintSource.OfServiceRequest(Request)), Complaints.Initial, WithRequest(RequestOf(Account))));

        Assert.IsType<ComplaintReceived>(events[0]);
        Assert.Equal(new ComplaintSourceRecorded(ComplaintSource.OfServiceRequest(Request)), events[1]);
        var complaint = Complaints.Replay(events);
        Assert.Equal((ComplaintStatus.Received, ComplaintSourceKind.ServiceRequest, Request), (complaint.Status, complaint.Source!.Kind, complaint.Source.ServiceRequest!.Value));

        // The other way: the request escalates to the complaint, read from the complaint's state (GEN-11).
        var escalation = ServiceRequestDecider.Instance.Decide(
            new EscalateServiceRequest(Complaint, "Shaft seal leaks"), RequestOf(Account), TestContexts.Default.WithSource(ComplaintAggregate.StreamOf(Complaint), 2, complaint));
        var request = ServiceRequestDecider.Instance.Evolve(RequestOf(Account), Assert.Single(DecisionAssert.Accepted(escalation)));
        Assert.Equal(Complaint, request.Complaint);
        Assert.Equal(request.Request, complaint.Source.ServiceRequest);

        // A complaint received for the request it was escalated from already is the same link, not another.
        DecisionAssert.Accepted(Complaints.Decide(Receive(ComplaintSource.OfServiceRequest(Request)), Complaints.Initial, WithRequest(request)));
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    [Trait("Rule", "GEN-11")]
    public void A_service_request_the_evidence_does_not_bear_out_is_refused_with_nothing_recorded()
    {
        var receive = Receive(ComplaintSource.OfServiceRequest(Request));

        DecisionAssert.Rejected(Complaints.Decide(receive, Complaints.Initial, TestContexts.Default), "GEN-11", "evidence.missing");
        DecisionAssert.Rejected(Complaints.Decide(receive, Complaints.Initial, WithRequest(ServiceRequestDecider.Instance.Initial)), "GEN-11", "evidence.not_borne_out");
        DecisionAssert.Rejected(Complaints.Decide(receive, Complaints.Initial, WithRequest(RequestOf(AccountId.From(Guid.Empty)))), "CMP-01", "complaint.source_other_account");
        var elsewhere = DecisionAssert.Rejected(
            Complaints.Decide(receive, Complaints.Initial, WithRequest(RequestOf(Account, new EscalateServiceRequest(OtherComplaint, "Seal leaks")))), "GEN-11", "evidence.not_borne_out");
        Assert.Equal("escalated_elsewhere", elsewhere.Details.Single(d => d.Name == "reason").Value);
        DecisionAssert.Rejected(
            Complaints.Decide(receive with { Source = new ComplaintSource(ComplaintSourceKind.ServiceRequest, Request, 1) }, Complaints.Initial, WithRequest(RequestOf(Account))),
            "CMP-01", "complaint.source_invalid");
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    [Trait("Rule", "KAM-05")]
    [Trait("Rule", "GEN-11")]
    public void A_complaint_that_disposes_of_a_feedback_item_records_the_item_and_the_item_records_the_complaint()
    {
        var service = ServiceSteps.Given(ServiceSteps.Friday, new StartAccountService(Account), new RecordFeedback("Seals leak again"), new RecordFeedback("Faster invoices"));

        var events = DecisionAssert.Accepted(Complaints.Decide(Receive(ComplaintSource.OfFeedback(1)), Complaints.Initial, WithService(service)));
        var complaint = Complaints.Replay(events);
        Assert.Equal((ComplaintSourceKind.Feedback, 1), (complaint.Source!.Kind, complaint.Source.FeedbackItem!.Value));

        // The other way: the feedback item is disposed of by the complaint.
        var linked = ServiceSteps.Given(ServiceSteps.Friday, new StartAccountService(Account), new RecordFeedback("Seals leak again"), new LinkFeedbackToComplaint(1, Complaint));
        Assert.Equal(Complaint, linked.Feedback.Single(f => f.Number == complaint.Source.FeedbackItem).Disposition!.Complaint);

        DecisionAssert.Rejected(Complaints.Decide(Receive(ComplaintSource.OfFeedback(3)), Complaints.Initial, WithService(service)), "GEN-11", "evidence.not_borne_out");
        DecisionAssert.Rejected(Complaints.Decide(Receive(ComplaintSource.OfFeedback(1)), Complaints.Initial, TestContexts.Default), "GEN-11", "evidence.missing");
        DecisionAssert.Rejected(Complaints.Decide(Receive(new ComplaintSource(ComplaintSourceKind.Feedback, Request, 1)), Complaints.Initial, WithService(service)), "CMP-01", "complaint.source_invalid");
        var declined = ServiceSteps.Given(ServiceSteps.Friday, new StartAccountService(Account), new RecordFeedback("Faster invoices"), new DeclineFeedback(1, "invoicing is monthly by contract"));
        var disposed = DecisionAssert.Rejected(Complaints.Decide(Receive(ComplaintSource.OfFeedback(1)), Complaints.Initial, WithService(declined)), "GEN-11", "evidence.not_borne_out");
        Assert.Equal("disposed_elsewhere", disposed.Details.Single(d => d.Name == "reason").Value);
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    public void A_complaint_received_without_a_source_records_the_receipt_alone()
    {
        var received = DecisionAssert.Single<ComplaintEvent, ComplaintReceived>(Complaints.Decide(Receive(null), Complaints.Initial, TestContexts.Default));

        Assert.Null(Complaints.Evolve(Complaints.Initial, received).Source);
    }
}
