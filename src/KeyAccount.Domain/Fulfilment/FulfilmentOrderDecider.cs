using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>
/// The fulfilment of an approved contract (合同履行, 5.2, 5.5, 6.2.3.2): opened only against an approved review
/// (DLV-01), routed from stock or to a workshop with a promised date (DLV-02, CR-06), shipped line by line never beyond
/// the contracted quantity and fulfilled when every line has shipped (DLV-03), each shipment late by the days after its
/// line's delivery date (DLV-04). While an amended contract is back under review (CR-05) nothing new is started.
/// </summary>
internal sealed class FulfilmentOrderDecider
    : LifecycleDecider<FulfilmentOrderCommand, FulfilmentOrderEvent, FulfilmentOrderState, FulfilmentOrderStatus, FulfilmentOrderTrigger>
{
    private FulfilmentOrderDecider()
        : base(FulfilmentOrderState.NotOpened, FulfilmentOrderLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static FulfilmentOrderDecider Instance { get; } = new();

    /// <inheritdoc />
    public override FulfilmentOrderTrigger? TriggerOf(FulfilmentOrderEvent @event) => @event switch
    {
        FulfilmentOpened => FulfilmentOrderTrigger.Open,
        RouteDecided { Route: FulfilmentRoute.ShipFromStock } => FulfilmentOrderTrigger.RouteFromStock,
        RouteDecided => FulfilmentOrderTrigger.RouteToProduction,
        ProductionOrderIssued => FulfilmentOrderTrigger.IssueProductionOrder,
        ProductionCompleted => FulfilmentOrderTrigger.CompleteProduction,
        ShipmentRecorded { Completes: true } => FulfilmentOrderTrigger.ShipLast,
        ShipmentRecorded => FulfilmentOrderTrigger.Ship,
        AmendmentAdopted { Completes: true } => FulfilmentOrderTrigger.AdoptAmendmentFulfilled,
        AmendmentAdopted => FulfilmentOrderTrigger.AdoptAmendment,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a fulfilment event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override FulfilmentOrderTrigger? TriggerOf(FulfilmentOrderCommand command, FulfilmentOrderState state) => command switch
    {
        OpenFulfilment => FulfilmentOrderTrigger.Open,
        DecideRoute route => route.QualifiedStockOnHand >= state.ToShip ? FulfilmentOrderTrigger.RouteFromStock : FulfilmentOrderTrigger.RouteToProduction,
        IssueProductionOrder => FulfilmentOrderTrigger.IssueProductionOrder,
        CompleteProduction => FulfilmentOrderTrigger.CompleteProduction,

        // A fulfilled contract has nothing left to ship: any shipment exceeds it (DLV-03), decided below.
        RecordShipment when state.Status == FulfilmentOrderStatus.Fulfilled => null,
        RecordShipment ship => CompletesWith(state, ship) ? FulfilmentOrderTrigger.ShipLast : FulfilmentOrderTrigger.Ship,
        AdoptAmendment amend => CompletesAs(state, amend.Lines) ? FulfilmentOrderTrigger.AdoptAmendmentFulfilled : FulfilmentOrderTrigger.AdoptAmendment,
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not a fulfilment command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<FulfilmentOrderEvent> DecideData(FulfilmentOrderCommand command, FulfilmentOrderState state, DecisionContext context)
    {
        var today = context.Today;
        switch (command)
        {
            case OpenFulfilment open:
                return Open(open, context);
            case DecideRoute route:
                return Route(route, state, context);
            case IssueProductionOrder production:
                if (string.IsNullOrWhiteSpace(production.Workshop))
                {
                    return FulfilmentMessages.Violation("DLV-02", "fulfilment.workshop_required");
                }

                if (production.PromisedOn < today)
                {
                    return FulfilmentMessages.Violation("DLV-02", "fulfilment.promised_date_past", new ErrorDetail("promisedOn", production.PromisedOn), new ErrorDetail("today", today));
                }

                return ApprovedContract.Check(context, state)
                    ?? Decision<FulfilmentOrderEvent>.Accept(new ProductionOrderIssued(production.Workshop.Trim(), production.PromisedOn, today));
            case CompleteProduction:
                return Decision<FulfilmentOrderEvent>.Accept(new ProductionCompleted(today));
            case RecordShipment ship:
                return Ship(ship, state, context);
            case AdoptAmendment amend:
                return Adopt(amend, state, context);
            default:
                throw new ArgumentException($"{command.GetType().Name} is not a fulfilment command.", nameof(command));
        }
    }

    /// <inheritdoc />
    private protected override FulfilmentOrderState Fold(FulfilmentOrderState state, FulfilmentOrderEvent @event) => @event switch
    {
        FulfilmentOpened o => state with { Order = o.Order, Contract = o.Contract, Account = o.Account, Lines = [.. o.Lines], OpenedOn = o.OpenedOn },
        RouteDecided r => state with { Route = r.Route },
        ProductionOrderIssued p => state with { Production = new ProductionOrder(p.Workshop, p.PromisedOn, p.IssuedOn, null) },
        ProductionCompleted c => state with { Production = (state.Production ?? throw new ArgumentException("Production completed without a production order.")) with { CompletedOn = c.CompletedOn } },
        ShipmentRecorded s => state with { Shipments = state.Shipments.Add(new Shipment(s.Number, s.Line, s.Quantity, s.ShippedOn, s.Workshop, s.DaysLate)) },
        AmendmentAdopted a => state with { Contract = a.Contract, Lines = [.. a.Lines] },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a fulfilment event.", nameof(@event)),
    };

    private static Decision<FulfilmentOrderEvent> Open(OpenFulfilment open, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(open.Contract);
        if (!ApprovedContract.TryGet(context, open.Contract, null, out var review, out var refusal))
        {
            return refusal;
        }

        return CheckLines(open.Lines, review, _ => 0)
            ?? Decision<FulfilmentOrderEvent>.Accept(new FulfilmentOpened(open.Order, open.Contract, review.Account, Ordered(open.Lines), context.Today));
    }

    private static Decision<FulfilmentOrderEvent> Route(DecideRoute route, FulfilmentOrderState state, DecisionContext context)
    {
        if (route.QualifiedStockOnHand < 0)
        {
            return FulfilmentMessages.Violation("DLV-02", "fulfilment.stock_negative", new ErrorDetail("stock", route.QualifiedStockOnHand));
        }

        // CR-06, DLV-02: only qualified finished goods that cover everything still to ship go directly; anything else is produced.
        var toShip = state.ToShip;
        var decided = route.QualifiedStockOnHand >= toShip ? FulfilmentRoute.ShipFromStock : FulfilmentRoute.ProductionPlanning;
        return ApprovedContract.Check(context, state)
            ?? Decision<FulfilmentOrderEvent>.Accept(new RouteDecided(decided, toShip, route.QualifiedStockOnHand, context.Today));
    }

    private static Decision<FulfilmentOrderEvent> Ship(RecordShipment ship, FulfilmentOrderState state, DecisionContext context)
    {
        if (ApprovedContract.Check(context, state) is { } refusal)
        {
            return refusal;
        }

        var line = state.Lines.Find(l => l.Number == ship.Line);
        if (line is null)
        {
            return FulfilmentMessages.Violation("DLV-03", "fulfilment.unknown_line", new ErrorDetail("line", ship.Line));
        }

        if (ship.Quantity <= 0)
        {
            return FulfilmentMessages.Violation("DLV-03", "fulfilment.quantity_not_positive", new ErrorDetail("quantity", ship.Quantity));
        }

        var remaining = line.Quantity - state.ShippedOf(line.Number);
        if (ship.Quantity > remaining)
        {
            return FulfilmentMessages.Violation("DLV-03", "fulfilment.over_shipment",
                new ErrorDetail("line", line.Number), new ErrorDetail("quantity", ship.Quantity), new ErrorDetail("remaining", remaining));
        }

        var today = context.Today;
        if (ship.ShippedOn > today || ship.ShippedOn < state.OpenedOn)
        {
            return FulfilmentMessages.Violation("DLV-04", "fulfilment.shipped_on_outside",
                new ErrorDetail("shippedOn", ship.ShippedOn), new ErrorDetail("openedOn", state.OpenedOn), new ErrorDetail("today", today));
        }

        // DLV-04: late by the calendar days after the line's contractual delivery date.
        var daysLate = Math.Max(0, Period.DaysBetween(line.DeliverBy, ship.ShippedOn));
        return Decision<FulfilmentOrderEvent>.Accept(new ShipmentRecorded(
            state.Shipments.Count + 1, line.Number, ship.Quantity, ship.ShippedOn, state.Production?.Workshop, daysLate, CompletesWith(state, ship)));
    }

    private static Decision<FulfilmentOrderEvent> Adopt(AdoptAmendment amend, FulfilmentOrderState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(amend.Contract);
        if (amend.Contract.Review != state.Contract!.Review || amend.Contract.Round <= state.Contract.Round)
        {
            return FulfilmentMessages.Violation("CR-05", "fulfilment.no_new_approval", new ErrorDetail("round", amend.Contract.Round), new ErrorDetail("adopted", state.Contract.Round));
        }

        if (!ApprovedContract.TryGet(context, amend.Contract, state.Account, out var review, out var refusal))
        {
            return refusal;
        }

        if (state.Shipments.Select(s => s.Line).FirstOrDefault(shipped => amend.Lines?.Any(l => l?.Number == shipped) == false) is > 0 and var dropped)
        {
            return FulfilmentMessages.Violation("DLV-03", "fulfilment.shipped_line_dropped", new ErrorDetail("line", dropped));
        }

        return CheckLines(amend.Lines, review, state.ShippedOf)
            ?? Decision<FulfilmentOrderEvent>.Accept(new AmendmentAdopted(amend.Contract, Ordered(amend.Lines), context.Today, CompletesAs(state, amend.Lines)));
    }

    // DLV-03: lines numbered once, each with an item and a positive quantity, adding up to the quantity the review
    // approved; after an amendment no line falls below what it has shipped, and no line that shipped is dropped.
    private static RuleViolation? CheckLines(IReadOnlyList<ContractLine>? lines, ContractReviewState review, Func<int, int> shipped)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return FulfilmentMessages.Violation("DLV-03", "fulfilment.no_lines");
        }

        foreach (var line in lines)
        {
            ArgumentNullException.ThrowIfNull(line);
            if (line.Number <= 0 || lines.Count(l => l.Number == line.Number) > 1 || string.IsNullOrWhiteSpace(line.Item) || line.Quantity <= 0)
            {
                return FulfilmentMessages.Violation("DLV-03", "fulfilment.line_invalid", new ErrorDetail("line", line.Number));
            }

            if (line.Quantity < shipped(line.Number))
            {
                return FulfilmentMessages.Violation("DLV-03", "fulfilment.line_below_shipped",
                    new ErrorDetail("line", line.Number), new ErrorDetail("quantity", line.Quantity), new ErrorDetail("shipped", shipped(line.Number)));
            }
        }

        var total = lines.Sum(l => (long)l.Quantity);
        var contracted = review.Requirements.Quantity ?? 0;
        return total == contracted
            ? null
            : FulfilmentMessages.Violation("DLV-03", "fulfilment.lines_differ_from_contract", new ErrorDetail("total", total), new ErrorDetail("contracted", contracted));
    }

    private static ImmutableList<ContractLine> Ordered(IReadOnlyList<ContractLine> lines) =>
        lines.Select(l => l with { Item = l.Item.Trim() }).OrderBy(l => l.Number).ToImmutableList();

    // Whether a shipment ships the last of every line (DLV-03).
    private static bool CompletesWith(FulfilmentOrderState state, RecordShipment ship) =>
        state.Lines.Count > 0 && ship.Quantity > 0
        && state.Lines.All(l => l.Quantity == state.ShippedOf(l.Number) + (l.Number == ship.Line ? ship.Quantity : 0));

    // Whether amended lines are all already shipped in full: the contract is fulfilled as amended.
    private static bool CompletesAs(FulfilmentOrderState state, IReadOnlyList<ContractLine>? lines) =>
        lines is { Count: > 0 } && lines.All(l => l is { Quantity: > 0 } && l.Quantity == state.ShippedOf(l.Number))
        && state.Shipments.All(s => lines.Any(l => l?.Number == s.Line));
}
