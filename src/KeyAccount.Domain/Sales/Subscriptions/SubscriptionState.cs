using System.Collections.Immutable;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using NodaTime;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>The state of one subscription, evolved from its events by <see cref="SubscriptionDecider"/>.</summary>
public sealed record SubscriptionState
{
    /// <inheritdoc />
    public bool Equals(SubscriptionState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the state before anything is drafted.</summary>
    public static SubscriptionState Initial { get; } = new();

    /// <summary>Gets the lifecycle status.</summary>
    public SubscriptionStatus Status { get; init; }

    /// <summary>Gets the subscription's identifier.</summary>
    public SubscriptionId Id { get; init; }

    /// <summary>Gets the project.</summary>
    public ProjectId Project { get; init; }

    /// <summary>Gets the project's sales mode, read from the project's state when the subscription was drafted (SUB-09).</summary>
    public SalesMode Mode { get; init; }

    /// <summary>Gets the unit the subscription holds (or held, once cancelled or returned).</summary>
    public UnitId Unit { get; init; }

    /// <summary>
    /// Gets the units that refused a hold this subscription had asked for only after it had moved on from the step
    /// that asked (SUB-08, <see cref="UnitRefusedLate"/>), in order. Empty in the usual case; when it names
    /// <see cref="Unit"/> of a subscription under contract, another subscription holds that unit and the site must
    /// resolve the double sale.
    /// </summary>
    public ImmutableList<UnitId> LateUnitRefusals { get; init; } = [];

    /// <summary>Gets the customers named on the subscription.</summary>
    public ImmutableList<Customer> Customers { get; init; } = [];

    /// <summary>Gets the specialist who drafted the subscription.</summary>
    public ActorId Specialist { get; init; }

    /// <summary>Gets the agreed price: the price of the unit held, re-priced by a unit change (CAN-08).</summary>
    public Money Price { get; init; } = Money.Zero(Currency.CNY);

    /// <summary>Gets the remittance notices of the payments received, in order.</summary>
    public ImmutableList<RemittanceNotice> Payments { get; init; } = [];

    /// <summary>Gets the total paid in.</summary>
    public Money PaidIn { get; init; } = Money.Zero(Currency.CNY);

    /// <summary>Gets whether the customer signed the signing-notice terms (CAN-04).</summary>
    public bool NoticeTermsSigned { get; init; }

    /// <summary>Gets the pre-sale contract number, once signed.</summary>
    public string? ContractNumber { get; init; }

    /// <summary>Gets whether the contract was registered at the transaction centre.</summary>
    public bool Registered { get; init; }

    /// <summary>Gets whether the registration was cancelled at the transaction centre (RET-03).</summary>
    public bool Deregistered { get; init; }

    /// <summary>Gets what the pending application asks for, while one is open; otherwise <see langword="null"/>.</summary>
    public CancellationRequest? PendingRequest { get; init; }

    /// <summary>Gets whether the retention attempt was recorded for the pending application (CAN-03).</summary>
    public bool RetentionAttempted { get; init; }

    /// <summary>Gets the documents handed back during the pending application or return.</summary>
    public ImmutableHashSet<SalesDocument> HandedBack { get; init; } = [];

    /// <summary>Gets the documents reported lost during the pending application or return.</summary>
    public ImmutableHashSet<SalesDocument> Lost { get; init; } = [];

    /// <summary>Gets the approval day of the cancellation, once approved.</summary>
    public LocalDate? ApprovedOn { get; init; }

    /// <summary>Gets the refund due after a cancellation or return; while the subscription goes on, what a unit change made
    /// refundable and is not paid out yet (CAN-08).</summary>
    public Money RefundDue { get; init; } = Money.Zero(Currency.CNY);

    /// <summary>Gets the amount kept because the signing-notice terms were signed (CAN-04).</summary>
    public Money Forfeited { get; init; } = Money.Zero(Currency.CNY);

    /// <summary>Gets the total carried over by renames and unit changes (CAN-07).</summary>
    public Money CarriedOver { get; init; } = Money.Zero(Currency.CNY);

    /// <summary>Gets the first day the refund can be collected (CAN-05).</summary>
    public LocalDate? RefundPayableFrom { get; init; }

    /// <summary>Gets where the refund is collected.</summary>
    public RefundPlace? RefundPlace { get; init; }

    /// <summary>Gets the recorded statutory exception of CAN-04, if any.</summary>
    public string? StatutoryException { get; init; }

    /// <summary>Gets the amount refunded.</summary>
    public Money Refunded { get; init; } = Money.Zero(Currency.CNY);

    /// <summary>Gets the amount paid and not refunded: what carries over to a new unit and what a cancellation refunds.</summary>
    public Money NetPaid => PaidIn - Refunded;

    /// <summary>Gets what the customer still owes towards the price (SUB-05 payments reduce it; CAN-08 re-prices it).</summary>
    public Money Payable => NetPaid - RefundDue >= Price ? Money.Zero(Price.Currency) : Price - (NetPaid - RefundDue);

    /// <summary>Gets whether a refund made due by a unit change is still to be paid while the subscription goes on (CAN-08).</summary>
    public bool DifferenceOutstanding => Status is SubscriptionStatus.Draft or SubscriptionStatus.Effective or SubscriptionStatus.Contracted or SubscriptionStatus.Registered
        && RefundDue.IsPositive;

    /// <summary>Gets whether the subscription holds its unit (SUB-01): from drafting until it is cancelled or returned.</summary>
    public bool HoldsUnit => Status is not (SubscriptionStatus.None or SubscriptionStatus.Cancelled or SubscriptionStatus.Returned or SubscriptionStatus.Refunded);
}
