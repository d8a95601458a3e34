using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>The state of a contract's fulfilment, evolved by <see cref="FulfilmentOrderDecider"/>.</summary>
/// <param name="Order">The fulfilment.</param>
/// <param name="Contract">The approved review it relies on (the latest adopted approval); null before opening.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Status">The lifecycle state.</param>
/// <param name="Lines">The contract's lines as last approved, in number order.</param>
/// <param name="Route">The route decided; null before.</param>
/// <param name="Production">The production order, when the contract went to a workshop.</param>
/// <param name="Shipments">The shipments, in the order recorded.</param>
/// <param name="OpenedOn">The day it was opened.</param>
public sealed record FulfilmentOrderState(
    FulfilmentOrderId Order,
    ContractReviewReference? Contract,
    AccountId Account,
    FulfilmentOrderStatus Status,
    ImmutableList<ContractLine> Lines,
    FulfilmentRoute? Route,
    ProductionOrder? Production,
    ImmutableList<Shipment> Shipments,
    LocalDate OpenedOn)
{
    /// <inheritdoc />
    public bool Equals(FulfilmentOrderState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the state before the fulfilment is opened.</summary>
    public static FulfilmentOrderState NotOpened { get; } = new(default, null, default, FulfilmentOrderStatus.None, [], null, null, [], default);

    /// <summary>Gets whether the fulfilment exists.</summary>
    public bool IsOpened => Status != FulfilmentOrderStatus.None;

    /// <summary>Gets the quantity contracted over every line.</summary>
    public int Contracted => Lines.Sum(l => l.Quantity);

    /// <summary>Gets the quantity still to ship over every line.</summary>
    public int ToShip => Lines.Sum(l => l.Quantity - ShippedOf(l.Number));

    /// <summary>Returns the quantity shipped against a line so far (DLV-03: never more than the line's quantity).</summary>
    /// <param name="line">The line's number.</param>
    /// <returns>The quantity shipped.</returns>
    public int ShippedOf(int line) => Shipments.Where(s => s.Line == line).Sum(s => s.Quantity);

    /// <summary>Gets the shipments that left after their line's delivery date (DLV-04).</summary>
    public ImmutableList<Shipment> LateShipments => Shipments.Where(s => !s.OnTime).ToImmutableList();
}
