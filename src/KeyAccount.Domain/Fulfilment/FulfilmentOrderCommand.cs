using System.Collections.Generic;
using KeyAccount.Domain.ContractReviews;
using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>A command to the fulfilment of a contract.</summary>
/// <remarks>Every command that starts something new for the contract (opening, the route, a production order, a
/// shipment, an amendment's lines) is decided with the contract review's state as evidence (GEN-11): the host supplies
/// it with <see cref="Decisions.DecisionContext.WithSource{TState}"/> for <see cref="ContractReviewAggregate.StreamOf"/>.</remarks>
public abstract record FulfilmentOrderCommand
{
    private protected FulfilmentOrderCommand()
    {
    }
}

/// <summary>Opens the fulfilment of a contract whose review is approved (DLV-01), with its lines (DLV-03).</summary>
/// <param name="Order">The fulfilment.</param>
/// <param name="Contract">The approved review's reference (<see cref="ContractReviewState.Reference"/>); checked against the review's state.</param>
/// <param name="Lines">The contract's lines; their quantities add up to the quantity the review approved.</param>
public sealed record OpenFulfilment(FulfilmentOrderId Order, ContractReviewReference Contract, IReadOnlyList<ContractLine> Lines) : FulfilmentOrderCommand;

/// <summary>Decides the route from the qualified finished goods in stock (DLV-02, CR-06, 6.2.3.2): stock that covers
/// the contract ships directly; otherwise the contract goes to production planning.</summary>
/// <param name="QualifiedStockOnHand">Qualified finished goods (合格的成品存货) on hand for the contract; not negative.</param>
public sealed record DecideRoute(int QualifiedStockOnHand) : FulfilmentOrderCommand;

/// <summary>Issues the production order to a workshop with the completion date it promises (DLV-02, 5.2).</summary>
/// <param name="Workshop">The workshop (车间); not empty.</param>
/// <param name="PromisedOn">The promised completion date; not before today.</param>
public sealed record IssueProductionOrder(string Workshop, LocalDate PromisedOn) : FulfilmentOrderCommand;

/// <summary>Reports the production order complete: the goods are available to ship (DLV-02).</summary>
public sealed record CompleteProduction : FulfilmentOrderCommand;

/// <summary>Records a shipment against a contract line (DLV-03); its lateness is reckoned from the line's delivery date (DLV-04).</summary>
/// <param name="Line">The line's number.</param>
/// <param name="Quantity">The quantity shipped; positive, and no more than the line still has to ship.</param>
/// <param name="ShippedOn">The day it left; not after today and not before the fulfilment was opened.</param>
public sealed record RecordShipment(int Line, int Quantity, LocalDate ShippedOn) : FulfilmentOrderCommand;

/// <summary>Takes over the lines of a contract that was amended (CR-05) and approved again: until then no shipment or
/// production order is accepted (DLV-01).</summary>
/// <param name="Contract">The reference of the review's new approval.</param>
/// <param name="Lines">The amended lines; they add up to the approved quantity, and no line falls below what it shipped.</param>
public sealed record AdoptAmendment(ContractReviewReference Contract, IReadOnlyList<ContractLine> Lines) : FulfilmentOrderCommand;
