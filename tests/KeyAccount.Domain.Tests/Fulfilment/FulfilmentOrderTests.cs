using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Fulfilment.FulfilmentSteps;

namespace KeyAccount.Domain.Tests.Fulfilment;

public sealed class FulfilmentOrderTests
{
    // ---- DLV-01: only against an approved contract; nothing new while an amendment is under review ----

    [Fact]
    [Trait("Rule", "DLV-01")]
    public void A_fulfilment_opens_against_the_approved_review_and_takes_the_account_from_it()
    {
        var opened = DecisionAssert.Single<FulfilmentOrderEvent, FulfilmentOpened>(When(Orders.Initial, Open()));

        Assert.Equal(Account, opened.Account);
        Assert.Equal(Round1, opened.Contract);
        Assert.Equal([1, 2], opened.Lines.Select(l => l.Number));
    }

    [Fact]
    [Trait("Rule", "DLV-01")]
    [Trait("Rule", "GEN-11")]
    public void Without_the_reviews_state_or_while_it_is_under_review_nothing_opens()
    {
        DecisionAssert.Rejected(When(Orders.Initial, Open(), TestContexts.Default), "GEN-11", "evidence.missing");
        var error = DecisionAssert.Rejected(When(Orders.Initial, Open(), UnderReview), "DLV-01", "fulfilment.contract_not_approved");

        Assert.Equal(ContractReviewStatus.UnderReview, error.Detail<ContractReviewStatus>("status"));
        DecisionAssert.Rejected(When(Orders.Initial, Open(), Reapproved), "DLV-01", "fulfilment.amendment_not_adopted");
        DecisionAssert.Rejected(When(Given(Open()), Open()), "DLV-01", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "DLV-01")]
    [Trait("Rule", "CR-05")]
    public void While_the_amended_contract_is_under_review_no_shipment_route_or_production_order_is_accepted()
    {
        var shipping = Given(Open(), new DecideRoute(500));
        var awaiting = Given(Open(), new DecideRoute(0));

        DecisionAssert.Rejected(When(shipping, Ship(1, 10), UnderReview), "DLV-01", "fulfilment.contract_not_approved");
        DecisionAssert.Rejected(When(Given(Open()), new DecideRoute(500), UnderReview), "DLV-01", "fulfilment.contract_not_approved");
        DecisionAssert.Rejected(When(awaiting, new IssueProductionOrder("Workshop 1", Today.PlusDays(5)), UnderReview), "DLV-01", "fulfilment.contract_not_approved");
    }

    [Fact]
    [Trait("Rule", "DLV-01")]
    [Trait("Rule", "CR-05")]
    public void Once_approved_again_the_amended_lines_are_adopted_before_anything_ships()
    {
        var shipping = Given(Open(), new DecideRoute(500), Ship(1, 60));

        DecisionAssert.Rejected(When(shipping, Ship(2, 10), Reapproved), "DLV-01", "fulfilment.amendment_not_adopted");
        var (decision, adopted) = Orders.Apply(Amend(), shipping, Reapproved);
        DecisionAssert.Single<FulfilmentOrderEvent, AmendmentAdopted>(decision);
        Assert.Equal(2, adopted.Contract!.Round);
        Assert.Equal(120, adopted.Contracted);
        DecisionAssert.Single<FulfilmentOrderEvent, ShipmentRecorded>(When(adopted, Ship(2, 60), Reapproved));
        DecisionAssert.Rejected(When(adopted, Amend(), Reapproved), "CR-05", "fulfilment.no_new_approval");
    }

    [Fact]
    [Trait("Rule", "DLV-03")]
    [Trait("Rule", "CR-05")]
    public void An_amendment_keeps_what_shipped()
    {
        var shipped = Given(Open(), new DecideRoute(500), Ship(1, 60));

        DecisionAssert.Rejected(When(shipped, new AdoptAmendment(Round2, [Lines[0] with { Quantity = 50 }, Lines[1] with { Quantity = 70 }]), Reapproved), "DLV-03", "fulfilment.line_below_shipped");
        DecisionAssert.Rejected(When(shipped, new AdoptAmendment(Round2, [Lines[1] with { Quantity = 120 }]), Reapproved), "DLV-03", "fulfilment.shipped_line_dropped");
        DecisionAssert.Rejected(When(shipped, new AdoptAmendment(Round2, Lines), Reapproved), "DLV-03", "fulfilment.lines_differ_from_contract");
    }

    // ---- DLV-02: from stock or to a workshop with a promised date ----

    [Theory]
    [Trait("Rule", "DLV-02")]
    [Trait("Rule", "CR-06")]
    [InlineData(100, FulfilmentRoute.ShipFromStock, FulfilmentOrderStatus.Shipping)]
    [InlineData(250, FulfilmentRoute.ShipFromStock, FulfilmentOrderStatus.Shipping)]
    [InlineData(99, FulfilmentRoute.ProductionPlanning, FulfilmentOrderStatus.AwaitingProduction)]
    [InlineData(0, FulfilmentRoute.ProductionPlanning, FulfilmentOrderStatus.AwaitingProduction)]
    public void Qualified_stock_that_covers_the_contract_ships_directly_otherwise_it_goes_to_production(int stock, FulfilmentRoute route, FulfilmentOrderStatus status)
    {
        var (decision, state) = Orders.Apply(new DecideRoute(stock), Given(Open()), Approved);

        Assert.Equal(route, DecisionAssert.Single<FulfilmentOrderEvent, RouteDecided>(decision).Route);
        Assert.Equal(status, state.Status);
    }

    [Fact]
    [Trait("Rule", "DLV-02")]
    public void A_production_order_names_its_workshop_and_a_promised_date_not_in_the_past()
    {
        var awaiting = Given(Open(), new DecideRoute(20));

        DecisionAssert.Rejected(When(Given(Open()), new DecideRoute(-1)), "DLV-02", "fulfilment.stock_negative");
        DecisionAssert.Rejected(When(awaiting, new IssueProductionOrder(" ", Today.PlusDays(5))), "DLV-02", "fulfilment.workshop_required");
        DecisionAssert.Rejected(When(awaiting, new IssueProductionOrder("Workshop 1", Today.PlusDays(-1))), "DLV-02", "fulfilment.promised_date_past");
        var issued = DecisionAssert.Single<FulfilmentOrderEvent, ProductionOrderIssued>(When(awaiting, new IssueProductionOrder(" Workshop 1 ", Today)));
        Assert.Equal("Workshop 1", issued.Workshop);
        Assert.Equal(Today, issued.PromisedOn);
    }

    [Fact]
    [Trait("Rule", "DLV-02")]
    public void Nothing_ships_before_the_goods_are_available()
    {
        DecisionAssert.Rejected(When(Given(Open()), Ship(1, 10)), "DLV-02", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(When(Given(Open(), new DecideRoute(0), new IssueProductionOrder("Workshop 1", Today.PlusDays(5))), Ship(1, 10)), "DLV-02");
        DecisionAssert.Rejected(When(Given(Open()), new IssueProductionOrder("Workshop 1", Today)), "DLV-02");
    }

    [Fact]
    [Trait("Rule", "DLV-02")]
    [Trait("Rule", "DLV-04")]
    public void Shipments_of_a_produced_contract_name_the_workshop()
    {
        var produced = Given(Open(), new DecideRoute(0), new IssueProductionOrder("Workshop 2", Today), new CompleteProduction());

        Assert.Equal(FulfilmentOrderStatus.Shipping, produced.Status);
        Assert.Equal("Workshop 2", DecisionAssert.Single<FulfilmentOrderEvent, ShipmentRecorded>(When(produced, Ship(2, 40))).Workshop);
    }

    // ---- DLV-03: shipments against lines, never beyond the contract; fulfilled when every line has shipped ----

    [Fact]
    [Trait("Rule", "DLV-03")]
    public void The_lines_add_up_to_the_approved_quantity_each_with_an_item_and_a_positive_quantity()
    {
        DecisionAssert.Rejected(When(Orders.Initial, Open() with { Lines = [Lines[0]] }), "DLV-03", "fulfilment.lines_differ_from_contract");
        DecisionAssert.Rejected(When(Orders.Initial, Open() with { Lines = [] }), "DLV-03", "fulfilment.no_lines");
        DecisionAssert.Rejected(When(Orders.Initial, Open() with { Lines = [Lines[0], Lines[1] with { Number = 1 }] }), "DLV-03", "fulfilment.line_invalid");
        DecisionAssert.Rejected(When(Orders.Initial, Open() with { Lines = [Lines[0] with { Quantity = 110 }, Lines[1] with { Quantity = -10 }] }), "DLV-03", "fulfilment.line_invalid");
        DecisionAssert.Rejected(When(Orders.Initial, Open() with { Lines = [Lines[0] with { Item = "" }, Lines[1]] }), "DLV-03", "fulfilment.line_invalid");
    }

    [Fact]
    [Trait("Rule", "DLV-03")]
    public void A_shipment_never_exceeds_what_its_line_has_left_to_ship()
    {
        var shipping = Given(Open(), new DecideRoute(100), Ship(1, 50));

        var error = DecisionAssert.Rejected(When(shipping, Ship(1, 11)), "DLV-03", "fulfilment.over_shipment");
        Assert.Equal(10, error.Detail<int>("remaining"));
        DecisionAssert.Rejected(When(shipping, Ship(3, 1)), "DLV-03", "fulfilment.unknown_line");
        DecisionAssert.Rejected(When(shipping, Ship(2, 0)), "DLV-03", "fulfilment.quantity_not_positive");
    }

    [Fact]
    [Trait("Rule", "DLV-03")]
    public void The_contract_is_fulfilled_when_every_line_has_shipped_in_full_and_then_nothing_more_ships()
    {
        var (partly, state) = Orders.Apply(Ship(1, 60), Given(Open(), new DecideRoute(100)), Approved);
        Assert.False(DecisionAssert.Single<FulfilmentOrderEvent, ShipmentRecorded>(partly).Completes);
        Assert.Equal(FulfilmentOrderStatus.Shipping, state.Status);

        var (last, fulfilled) = Orders.Apply(Ship(2, 40), state, Approved);
        Assert.True(DecisionAssert.Single<FulfilmentOrderEvent, ShipmentRecorded>(last).Completes);
        Assert.Equal(FulfilmentOrderStatus.Fulfilled, fulfilled.Status);
        Assert.Equal(0, fulfilled.ToShip);
        DecisionAssert.Rejected(When(fulfilled, Ship(2, 1)), "DLV-03", "fulfilment.over_shipment");
    }

    [Fact]
    [Trait("Rule", "DLV-03")]
    [Trait("Rule", "CR-05")]
    public void An_amendment_down_to_what_shipped_fulfils_the_contract()
    {
        var shipped = Given(Open(), new DecideRoute(100), Ship(1, 60), Ship(2, 30));
        var reduced = new AdoptAmendment(Round2, [Lines[0], Lines[1] with { Quantity = 30 }]);

        // The kit's amended review is for 120, so a reduction to 90 is refused; the completion is decided from the lines.
        DecisionAssert.Rejected(When(shipped, reduced, Reapproved), "DLV-03", "fulfilment.lines_differ_from_contract");
        Assert.Equal(FulfilmentOrderTrigger.AdoptAmendmentFulfilled, Orders.TriggerOf(reduced, shipped));
        Assert.Equal(FulfilmentOrderTrigger.AdoptAmendment, Orders.TriggerOf(Amend(), shipped));
    }

    // ---- DLV-04: late by days after the line's delivery date ----

    [Fact]
    [Trait("Rule", "DLV-04")]
    public void A_shipment_after_the_delivery_date_is_late_by_the_days_after_it()
    {
        var shipping = GivenIn(ContractReviewSources.Supply(TestContexts.On(Today.PlusDays(-5)), Account), Open(), new DecideRoute(100));

        Assert.Equal(3, DecisionAssert.Single<FulfilmentOrderEvent, ShipmentRecorded>(When(shipping, Ship(1, 10))).DaysLate);
        Assert.Equal(0, DecisionAssert.Single<FulfilmentOrderEvent, ShipmentRecorded>(When(shipping, Ship(2, 10))).DaysLate);
        Assert.Equal(0, DecisionAssert.Single<FulfilmentOrderEvent, ShipmentRecorded>(When(shipping, new RecordShipment(1, 10, Today.PlusDays(-3)))).DaysLate);
    }

    [Fact]
    [Trait("Rule", "DLV-04")]
    public void A_shipment_leaves_between_the_opening_and_today()
    {
        var shipping = Given(Open(), new DecideRoute(100));

        DecisionAssert.Rejected(When(shipping, new RecordShipment(1, 10, Today.PlusDays(1))), "DLV-04", "fulfilment.shipped_on_outside");
        DecisionAssert.Rejected(When(shipping, new RecordShipment(1, 10, Today.PlusDays(-1))), "DLV-04", "fulfilment.shipped_on_outside");
        DecisionAssert.Single<FulfilmentOrderEvent, ShipmentRecorded>(When(shipping, new RecordShipment(1, 10, Today)));
    }
}
