using System;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Tests.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Fulfilment;

/// <summary>Runs the examples of docs/fulfilment.md; the code between the markers is the code printed in the guide.</summary>
public sealed class FulfilmentGuideTests
{
    [Fact]
    [Trait("Rule", "DLV-02")]
    [Trait("Rule", "DLV-03")]
    [Trait("Rule", "DLV-04")]
    public void From_approved_contract_to_the_management_review()
    {
        var account = AccountId.From(Guid.NewGuid());
        var context = TestContexts.On(new LocalDate(2025, 3, 3));

        // begin: contract-to-review
        // The host loads the contract review's stream and hands its state to every decision (GEN-11).
        var review = ContractReviewSources.State(account);   // approved: 100 gear pumps
        context = context.WithSource(ContractReviewAggregate.StreamOf(review.Review), 4, review);

        var orders = FulfilmentOrderAggregate.Definition.Decider;
        var order = FulfilmentOrderId.From(Guid.NewGuid());
        var state = orders.Initial;
        (_, state) = orders.Apply(new OpenFulfilment(order, review.Reference!,
            [new ContractLine(1, "Gear pump GP-20", 60, new LocalDate(2025, 3, 10)),
             new ContractLine(2, "Gear pump GP-20", 40, new LocalDate(2025, 3, 20))]), state, context);

        // 30 in stock do not cover 100: production planning, then a workshop with a promised date (DLV-02).
        (_, state) = orders.Apply(new DecideRoute(QualifiedStockOnHand: 30), state, context);
        (_, state) = orders.Apply(new IssueProductionOrder("Workshop 2", new LocalDate(2025, 3, 12)), state, context);
        (_, state) = orders.Apply(new CompleteProduction(), state, context.At(Instant.FromUtc(2025, 3, 12, 2, 0)));

        // Line 1 leaves two days late, line 2 on time; a second shipment of line 2 would exceed it (DLV-03).
        var day = context.At(Instant.FromUtc(2025, 3, 14, 2, 0));
        (_, state) = orders.Apply(new RecordShipment(Line: 1, Quantity: 60, ShippedOn: new LocalDate(2025, 3, 12)), state, day);
        (_, state) = orders.Apply(new RecordShipment(Line: 2, Quantity: 40, ShippedOn: new LocalDate(2025, 3, 14)), state, day);
        var beyond = orders.Decide(new RecordShipment(2, 1, new LocalDate(2025, 3, 14)), state, day);

        // The management review of March hears on-time delivery beside the complaints (DLV-04, CMP-02).
        var march = new DateInterval(new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 31));
        var summary = ManagementReviewSummary.Create([], [], [state], march, new LocalDate(2025, 4, 2));
        var delivery = summary.Delivery!;   // 2 shipments, 1 on time: rate 0.5; Workshop 2 late by 2 days
        // end: contract-to-review

        Assert.Equal(FulfilmentOrderStatus.Fulfilled, state.Status);
        Assert.Equal("DLV-03", beyond.Error.RuleId.Value);
        Assert.Equal(0.5m, delivery.Overall.Rate);
        Assert.Equal("Workshop 2", Assert.Single(delivery.ByWorkshop).Workshop);
        Assert.Equal(2, Assert.Single(delivery.LateShipments).DaysLate);
        Assert.Equal(review.SerialNumber, Assert.Single(delivery.ByContract).SerialNumber);
    }

    [Fact]
    [Trait("Rule", "DLV-01")]
    [Trait("Rule", "CR-05")]
    public void An_amendment_holds_the_shipments_until_its_lines_are_adopted()
    {
        var account = AccountId.From(Guid.NewGuid());
        var context = TestContexts.On(new LocalDate(2025, 3, 3));
        var review = ContractReviewSources.State(account);
        var stream = ContractReviewAggregate.StreamOf(review.Review);
        var orders = FulfilmentOrderAggregate.Definition.Decider;
        var state = orders.Initial;
        (_, state) = orders.Apply(new OpenFulfilment(FulfilmentOrderId.From(Guid.NewGuid()), review.Reference!,
            [new ContractLine(1, "Gear pump GP-20", 100, new LocalDate(2025, 3, 20))]), state, context.WithSource(stream, 4, review));
        (_, state) = orders.Apply(new DecideRoute(100), state, context.WithSource(stream, 4, review));

        // begin: amendment-holds-shipments
        // The contract is amended to 120 (CR-05): while it is under review nothing ships (DLV-01).
        var amended = ContractReviewSources.State(account, amended: true);
        var held = orders.Decide(new RecordShipment(1, 50, context.Today), state, context.WithSource(stream, 5, amended));

        // Approved again, the fulfilment takes over the amended lines; then shipments resume.
        var reapproved = ContractReviewSources.State(account, reapproved: true);
        var now = context.WithSource(stream, 6, reapproved);
        (_, state) = orders.Apply(new AdoptAmendment(reapproved.Reference!,
            [new ContractLine(1, "Gear pump GP-20", 120, new LocalDate(2025, 3, 20))]), state, now);
        (_, state) = orders.Apply(new RecordShipment(1, 50, context.Today), state, now);
        // end: amendment-holds-shipments

        Assert.Equal("DLV-01", held.Error.RuleId.Value);
        Assert.Equal(70, state.ToShip);
        Assert.Equal(2, state.Contract!.Round);
    }

    [Fact]
    [Trait("Rule", "DLV-05")]
    [Trait("Rule", "CMP-01")]
    public void A_service_request_escalates_to_a_complaint_and_closes_with_the_customers_confirmation()
    {
        var account = AccountId.From(Guid.NewGuid());
        var friday = TestContexts.On(new LocalDate(2025, 3, 7));

        // begin: service-request
        // Received on Friday 7 March: with the default window of 1 working day it is due on Monday 10 March.
        var requests = ServiceRequestAggregate.Definition.Decider;
        var request = requests.Initial;
        (_, request) = requests.Apply(new ReceiveServiceRequest(ServiceRequestId.From(Guid.NewGuid()), account, "Pump GP-20 leaks at the shaft"), request, friday);
        var tuesday = friday.At(Instant.FromUtc(2025, 3, 11, 2, 0));
        var overdue = ServiceRequestReport.OverdueAsOf([request], tuesday.Today);   // not acknowledged by Monday
        (_, request) = requests.Apply(new AcknowledgeServiceRequest("Service desk"), request, tuesday);   // 1 working day late

        // The leak is a nonconformity: sales receives a complaint (CMP-01) and the request is escalated to it; the
        // complaint's state is the evidence that it exists for the same customer (GEN-11).
        var complaint = ComplaintId.From(Guid.NewGuid());
        var (_, received) = ComplaintAggregate.Definition.Decider.Apply(new ReceiveComplaint(complaint, account, "Shaft seal leaks", Department.Sales), ComplaintAggregate.Definition.Decider.Initial, tuesday);
        (_, request) = requests.Apply(new EscalateServiceRequest(complaint, "Shaft seal leaks"), request,
            tuesday.WithSource(ComplaintAggregate.StreamOf(complaint), 1, received));

        // Closed only with the resolution and the customer's confirmation.
        var unconfirmed = requests.Decide(new CloseServiceRequest("Seal replaced", ConfirmedBy: ""), request, tuesday);
        (_, request) = requests.Apply(new CloseServiceRequest("Seal replaced", ConfirmedBy: "Mr Li, maintenance"), request, tuesday);
        // end: service-request

        Assert.Equal(new LocalDate(2025, 3, 10), Assert.Single(overdue).AcknowledgeBy);
        Assert.Equal(complaint, request.Complaint);
        Assert.Equal("DLV-05", unconfirmed.Error.RuleId.Value);
        Assert.Equal(ServiceRequestStatus.Closed, request.Status);
    }

    [Theory]
    [InlineData("contract-to-review")]
    [InlineData("amendment-holds-shipments")]
    [InlineData("service-request")]
    public void The_guide_prints_the_code_these_tests_run(string example)
    {
        var root = DiagramFiles.RepositoryRoot();
        var test = Support.GuideExamples.Extract(File.ReadAllLines(Path.Combine(root, "tests", "KeyAccount.Domain.Tests", "Fulfilment", "FulfilmentGuideTests.cs")), $"// begin: {example}", $"// end: {example}");
        var guide = Support.GuideExamples.Extract(File.ReadAllLines(Path.Combine(root, "docs", "fulfilment.md")), $"<!-- example: {example} -->", "```", skip: 2);

        Assert.Equal(test, guide);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void The_guide_shows_the_generated_lifecycle()
    {
        var root = DiagramFiles.RepositoryRoot();
        var guide = File.ReadAllText(Path.Combine(root, "docs", "fulfilment.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Contains("```mermaid\n" + FulfilmentOrderAggregate.Definition.Lifecycle.ToMermaid(), guide, StringComparison.Ordinal);
        Assert.Contains("```mermaid\n" + ServiceRequestAggregate.Definition.Lifecycle.ToMermaid(), guide, StringComparison.Ordinal);
    }
}
