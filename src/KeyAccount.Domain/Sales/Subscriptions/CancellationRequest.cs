using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Inventory;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// What a cancellation request (退定申请) asks for: exactly one of a plain cancellation (<see cref="Cancel"/>), a
/// rename with the customers who will be named (<see cref="Rename"/>) or a unit change with the unit moved to
/// (<see cref="ChangeUnit"/>). All three follow the same procedure (CAN-07). The cases are the only ones: a rename
/// without customers or a unit change without a unit cannot be written.
/// </summary>
public abstract record CancellationRequest
{
    private CancellationRequest()
    {
    }

    /// <summary>Gets the plain cancellation.</summary>
    public static CancellationRequest Cancellation { get; } = new Cancel();

    /// <summary>Gets the kind of request, as the events record it.</summary>
    public abstract CancellationKind Kind { get; }

    /// <summary>Builds the request an event's flat fields record.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="newCustomers">For a rename, the customers who will be named; otherwise empty.</param>
    /// <param name="newUnit">For a unit change, the unit moved to; otherwise <see langword="null"/>.</param>
    /// <param name="newPrice">For a unit change, the new unit's price; otherwise <see langword="null"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentException">The fields do not make one of the three requests (CAN-07): replaying such an
    /// event is a GEN-02 error naming CAN-07.</exception>
    internal static CancellationRequest From(CancellationKind kind, IReadOnlyList<Customer>? newCustomers, UnitId? newUnit, Money? newPrice)
    {
        var customers = newCustomers ?? [];
        return kind switch
        {
            CancellationKind.Cancellation when customers.Count == 0 && newUnit is null && newPrice is null => Cancellation,
            CancellationKind.Rename when customers.Count > 0 && newUnit is null && newPrice is null => new Rename(customers),
            CancellationKind.UnitChange when customers.Count == 0 && newUnit is { } unit && newPrice is { } price => new ChangeUnit(unit, price),
            _ => throw new EventDoesNotFollowException("CAN-07", $"a {kind} request with {customers.Count} new customers, {(newUnit is null ? "no" : "a")} new unit and {(newPrice is null ? "no" : "a")} new price is none of cancellation, rename (new customers only) or unit change (new unit and its price only)"),
        };
    }

    /// <summary>退定 — the subscription is cancelled and the unit released.</summary>
    public sealed record Cancel : CancellationRequest
    {
        /// <inheritdoc />
        public override CancellationKind Kind => CancellationKind.Cancellation;
    }

    /// <summary>更名 — the named customers are replaced by at least one new customer; the paid amounts carry over.</summary>
    public sealed record Rename : CancellationRequest
    {
        /// <inheritdoc />
        public bool Equals(Rename? other) => ValueEquality.AreEqual(this, other);

        /// <inheritdoc />
        public override int GetHashCode() => ValueEquality.HashOf(this);

        /// <summary>Initializes a new instance of the <see cref="Rename"/> class.</summary>
        /// <param name="newCustomers">The customers who replace the named ones; at least one.</param>
        /// <exception cref="ArgumentNullException"><paramref name="newCustomers"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="newCustomers"/> is empty or holds a null.</exception>
        public Rename(IReadOnlyList<Customer> newCustomers)
        {
            ArgumentNullException.ThrowIfNull(newCustomers);
            Preconditions.CheckArgument(newCustomers.Count > 0, nameof(newCustomers), "A rename names at least one new customer.");
            Preconditions.CheckArgument(newCustomers.All(c => c is not null), nameof(newCustomers), "A new customer is null.");
            NewCustomers = [.. newCustomers];
        }

        /// <summary>Gets the customers who replace the named ones; at least one.</summary>
        public IReadOnlyList<Customer> NewCustomers { get; }

        /// <inheritdoc />
        public override CancellationKind Kind => CancellationKind.Rename;
    }

    /// <summary>
    /// 换房 — the subscription moves to another unit, already held for it, and is re-priced at that unit's price: the
    /// paid amounts carry over and the difference is payable or refundable (CAN-08).
    /// </summary>
    /// <param name="NewUnit">The unit moved to.</param>
    /// <param name="NewPrice">The new unit's price; positive, in the subscription's currency.</param>
    public sealed record ChangeUnit(UnitId NewUnit, Money NewPrice) : CancellationRequest
    {
        /// <inheritdoc />
        public override CancellationKind Kind => CancellationKind.UnitChange;
    }
}
