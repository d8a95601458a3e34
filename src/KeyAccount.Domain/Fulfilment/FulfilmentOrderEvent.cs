using System.Collections.Generic;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>An event of a contract's fulfilment.</summary>
[JsonDerivedType(typeof(FulfilmentOpened), "fulfilment_order.opened.v1")]
[JsonDerivedType(typeof(RouteDecided), "fulfilment_order.route_decided.v1")]
[JsonDerivedType(typeof(ProductionOrderIssued), "fulfilment_order.production_ordered.v1")]
[JsonDerivedType(typeof(ProductionCompleted), "fulfilment_order.production_completed.v1")]
[JsonDerivedType(typeof(ShipmentRecorded), "fulfilment_order.shipped.v1")]
[JsonDerivedType(typeof(AmendmentAdopted), "fulfilment_order.amendment_adopted.v1")]
public abstract record FulfilmentOrderEvent
{
    private protected FulfilmentOrderEvent()
    {
    }
}

/// <summary>The fulfilment of an approved contract was opened with its lines (DLV-01, DLV-03).</summary>
/// <param name="Order">The fulfilment.</param>
/// <param name="Contract">The approved review it relies on.</param>
/// <param name="Account">The customer's account, as the review names it.</param>
/// <param name="Lines">The lines, in number order.</param>
/// <param name="OpenedOn">The business day.</param>
public sealed record FulfilmentOpened(FulfilmentOrderId Order, ContractReviewReference Contract, AccountId Account, IReadOnlyList<ContractLine> Lines, LocalDate OpenedOn)
    : FulfilmentOrderEvent
{
    /// <inheritdoc />
    public bool Equals(FulfilmentOpened? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>The route was decided from the qualified stock on hand (DLV-02, CR-06).</summary>
/// <param name="Route">Ship from stock or production planning.</param>
/// <param name="ToShip">The quantity still to ship when deciding.</param>
/// <param name="QualifiedStockOnHand">The qualified stock on hand.</param>
/// <param name="DecidedOn">The business day.</param>
public sealed record RouteDecided(FulfilmentRoute Route, int ToShip, int QualifiedStockOnHand, LocalDate DecidedOn) : FulfilmentOrderEvent;

/// <summary>A production order went to a workshop (DLV-02).</summary>
/// <param name="Workshop">The workshop.</param>
/// <param name="PromisedOn">The promised completion date.</param>
/// <param name="IssuedOn">The business day.</param>
public sealed record ProductionOrderIssued(string Workshop, LocalDate PromisedOn, LocalDate IssuedOn) : FulfilmentOrderEvent;

/// <summary>The workshop completed production (DLV-02).</summary>
/// <param name="CompletedOn">The business day.</param>
public sealed record ProductionCompleted(LocalDate CompletedOn) : FulfilmentOrderEvent;

/// <summary>A shipment left against a line (DLV-03, DLV-04).</summary>
/// <param name="Number">The shipment's number within the fulfilment.</param>
/// <param name="Line">The line.</param>
/// <param name="Quantity">The quantity shipped.</param>
/// <param name="ShippedOn">The day it left.</param>
/// <param name="Workshop">The workshop that produced it; null from stock.</param>
/// <param name="DaysLate">Calendar days after the line's delivery date; 0 when on time.</param>
/// <param name="Completes">Whether every line has now shipped in full: the contract is fulfilled.</param>
public sealed record ShipmentRecorded(int Number, int Line, int Quantity, LocalDate ShippedOn, string? Workshop, int DaysLate, bool Completes) : FulfilmentOrderEvent;

/// <summary>The lines of an amended and again approved contract were taken over (CR-05, DLV-01).</summary>
/// <param name="Contract">The review's new approval.</param>
/// <param name="Lines">The amended lines, in number order.</param>
/// <param name="AdoptedOn">The business day.</param>
/// <param name="Completes">Whether every amended line has already shipped in full: the contract is fulfilled as amended.</param>
public sealed record AmendmentAdopted(ContractReviewReference Contract, IReadOnlyList<ContractLine> Lines, LocalDate AdoptedOn, bool Completes) : FulfilmentOrderEvent
{
    /// <inheritdoc />
    public bool Equals(AmendmentAdopted? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
