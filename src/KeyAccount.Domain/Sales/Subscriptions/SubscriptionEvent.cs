using System.Collections.Generic;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using NodaTime;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>Something that happened to a subscription (认购书). Wire names are declared in <see cref="SubscriptionAggregate"/>.</summary>
[JsonDerivedType(typeof(SubscriptionDrafted), "subscription.drafted.v1")]
[JsonDerivedType(typeof(PaymentReceived), "subscription.payment_received.v1")]
[JsonDerivedType(typeof(SubscriptionStamped), "subscription.stamped.v1")]
[JsonDerivedType(typeof(SigningNoticeTermsSigned), "subscription.notice_terms_signed.v1")]
[JsonDerivedType(typeof(PreSaleContractSigned), "subscription.contract_signed.v1")]
[JsonDerivedType(typeof(PreSaleContractRegistered), "subscription.contract_registered.v1")]
[JsonDerivedType(typeof(CancellationRequested), "subscription.cancellation_requested.v2")]
[JsonDerivedType(typeof(RetentionAttempted), "subscription.retention_attempted.v1")]
[JsonDerivedType(typeof(CancellationApproved), "subscription.cancellation_approved.v1")]
[JsonDerivedType(typeof(DocumentHandedBack), "subscription.document_handed_back.v1")]
[JsonDerivedType(typeof(DocumentLost), "subscription.document_lost.v1")]
[JsonDerivedType(typeof(SubscriptionCancelled), "subscription.cancelled.v1")]
[JsonDerivedType(typeof(SubscriptionRenamed), "subscription.renamed.v1")]
[JsonDerivedType(typeof(SubscriptionUnitChanged), "subscription.unit_changed.v2")]
[JsonDerivedType(typeof(ReturnRequested), "subscription.return_requested.v1")]
[JsonDerivedType(typeof(ContractDeregistered), "subscription.contract_deregistered.v1")]
[JsonDerivedType(typeof(PurchaseReturned), "subscription.returned.v1")]
[JsonDerivedType(typeof(RefundPaid), "subscription.refund_paid.v1")]
[JsonDerivedType(typeof(DifferenceRefunded), "subscription.difference_refunded.v1")]
[JsonDerivedType(typeof(UnitRefused), "subscription.unit_refused.v1")]
[JsonDerivedType(typeof(UnitRefusedLate), "subscription.unit_refused_late.v1")]
public abstract record SubscriptionEvent;

/// <summary>The subscription was written out for a held unit (<c>subscription.drafted.v1</c>).</summary>
/// <param name="Subscription">The subscription.</param>
/// <param name="Project">The project.</param>
/// <param name="Mode">The project's sales mode, read from the project's state when drafting (SUB-09), never from the command.</param>
/// <param name="Unit">The unit held.</param>
/// <param name="Customers">The named customers.</param>
/// <param name="Price">The agreed price.</param>
/// <param name="Specialist">The accompanying customer service specialist (SUB-03).</param>
/// <param name="DraftedOn">The business date.</param>
public sealed record SubscriptionDrafted(
    SubscriptionId Subscription, ProjectId Project, SalesMode Mode, UnitId Unit, IReadOnlyList<Customer> Customers, Money Price, ActorId Specialist, LocalDate DraftedOn)
    : SubscriptionEvent
{
    /// <inheritdoc />
    public bool Equals(SubscriptionDrafted? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>A payment was received and its two-copy remittance notice issued (<c>subscription.payment_received.v1</c>).</summary>
/// <param name="Notice">The remittance notice, with the clerk's and the cashier's copies.</param>
public sealed record PaymentReceived(RemittanceNotice Notice) : SubscriptionEvent;

/// <summary>All three copies were stamped in one act; the subscription is effective (<c>subscription.stamped.v1</c>).</summary>
/// <param name="StampedOn">The business date.</param>
public sealed record SubscriptionStamped(LocalDate StampedOn) : SubscriptionEvent;

/// <summary>The customer signed the terms of the signing notice (<c>subscription.notice_terms_signed.v1</c>).</summary>
/// <param name="SignedOn">The business date.</param>
public sealed record SigningNoticeTermsSigned(LocalDate SignedOn) : SubscriptionEvent;

/// <summary>The pre-sale contract was signed (<c>subscription.contract_signed.v1</c>).</summary>
/// <param name="ContractNumber">The contract number.</param>
/// <param name="SignedOn">The business date.</param>
public sealed record PreSaleContractSigned(string ContractNumber, LocalDate SignedOn) : SubscriptionEvent;

/// <summary>The contract was registered at the transaction centre (<c>subscription.contract_registered.v1</c>).</summary>
/// <param name="RegistrationNumber">The registration number.</param>
/// <param name="RegisteredOn">The business date.</param>
public sealed record PreSaleContractRegistered(string RegistrationNumber, LocalDate RegisteredOn) : SubscriptionEvent;

/// <summary>
/// A cancellation, rename or unit change was applied for (<c>subscription.cancellation_requested.v2</c>). The wire form
/// keeps the request's flat fields; <see cref="SubscriptionState.PendingRequest"/> is the <see cref="CancellationRequest"/>
/// they make.
/// </summary>
/// <param name="Kind">What was applied for.</param>
/// <param name="NewCustomers">For a rename, the customers who will be named; otherwise empty.</param>
/// <param name="NewUnit">For a unit change, the unit moved to; otherwise <see langword="null"/>.</param>
/// <param name="NewPrice">For a unit change, the new unit's price (CAN-08); otherwise <see langword="null"/>.</param>
/// <param name="RequestedOn">The business date.</param>
public sealed record CancellationRequested(CancellationKind Kind, IReadOnlyList<Customer> NewCustomers, UnitId? NewUnit, Money? NewPrice, LocalDate RequestedOn)
    : SubscriptionEvent
{
    /// <inheritdoc />
    public bool Equals(CancellationRequested? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>The retention attempt was made (<c>subscription.retention_attempted.v1</c>); if retained, the application is withdrawn.</summary>
/// <param name="SiteManager">The site manager who helped.</param>
/// <param name="CertificateOfficer">The certificate officer who helped.</param>
/// <param name="Retained">Whether the customer was retained.</param>
/// <param name="AttemptedOn">The business date.</param>
public sealed record RetentionAttempted(ActorId SiteManager, ActorId CertificateOfficer, bool Retained, LocalDate AttemptedOn) : SubscriptionEvent;

/// <summary>The application was approved and the refund fixed (<c>subscription.cancellation_approved.v1</c>).</summary>
/// <param name="Kind">What was approved.</param>
/// <param name="ApprovedOn">The approval day (not counted in the waiting period).</param>
/// <param name="RefundDue">The amount to refund: what was paid (net of refunds) for a cancellation, zero when CAN-04
/// forfeits it; for a unit change what was paid beyond the new unit's price (CAN-08); for a rename the refund of an
/// earlier unit change still outstanding (normally zero).</param>
/// <param name="Forfeited">The amount kept under CAN-04.</param>
/// <param name="RefundPayableFrom">The first day the refund can be collected (CAN-05), or <see langword="null"/> when none is due.</param>
/// <param name="RefundPlace">Where the refund is collected.</param>
/// <param name="StatutoryException">The recorded legal ground for a refund despite signed terms (CAN-04), or <see langword="null"/>.</param>
public sealed record CancellationApproved(
    CancellationKind Kind, LocalDate ApprovedOn, Money RefundDue, Money Forfeited, LocalDate? RefundPayableFrom, RefundPlace RefundPlace, string? StatutoryException)
    : SubscriptionEvent;

/// <summary>A voided document came back (<c>subscription.document_handed_back.v1</c>).</summary>
/// <param name="Document">The document.</param>
public sealed record DocumentHandedBack(SalesDocument Document) : SubscriptionEvent;

/// <summary>A document was lost: an incident on record (<c>subscription.document_lost.v1</c>).</summary>
/// <param name="Document">The document.</param>
/// <param name="Circumstances">How it was lost.</param>
/// <param name="ReportedOn">The business date.</param>
public sealed record DocumentLost(SalesDocument Document, string Circumstances, LocalDate ReportedOn) : SubscriptionEvent;

/// <summary>The subscription was cancelled; its unit is to be released (<c>subscription.cancelled.v1</c>).</summary>
/// <param name="Unit">The unit to release.</param>
/// <param name="CancelledOn">The business date.</param>
public sealed record SubscriptionCancelled(UnitId Unit, LocalDate CancelledOn) : SubscriptionEvent;

/// <summary>The named customers were replaced; the paid amounts carry over (<c>subscription.renamed.v1</c>).</summary>
/// <param name="PreviousCustomers">The customers named before.</param>
/// <param name="NewCustomers">The customers named now.</param>
/// <param name="CarriedOver">The paid amount carried over.</param>
public sealed record SubscriptionRenamed(IReadOnlyList<Customer> PreviousCustomers, IReadOnlyList<Customer> NewCustomers, Money CarriedOver) : SubscriptionEvent
{
    /// <inheritdoc />
    public bool Equals(SubscriptionRenamed? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>
/// The subscription moved to another unit and was re-priced at its price (<c>subscription.unit_changed.v2</c>, CAN-08):
/// the paid amount carries over, and <c>CarriedOver + Payable - Refundable = NewPrice</c>. The old form is voided and
/// back (CAN-02); a new form for the new unit is written out and awaits its three stamps (SUB-04).
/// </summary>
/// <param name="PreviousUnit">The unit left, to be released.</param>
/// <param name="NewUnit">The unit now held.</param>
/// <param name="CarriedOver">The paid amount (net of refunds) carried over.</param>
/// <param name="PreviousPrice">The price of the unit left.</param>
/// <param name="NewPrice">The price of the unit now held.</param>
/// <param name="Payable">What the customer still owes towards the new price; zero when the carried amount covers it.</param>
/// <param name="Refundable">What was paid beyond the new price, refunded on CAN-05's calendar and place; otherwise zero.</param>
public sealed record SubscriptionUnitChanged(
    UnitId PreviousUnit, UnitId NewUnit, Money CarriedOver, Money PreviousPrice, Money NewPrice, Money Payable, Money Refundable)
    : SubscriptionEvent;

/// <summary>A return of the purchase was applied for (<c>subscription.return_requested.v1</c>).</summary>
/// <param name="RequestedOn">The business date.</param>
public sealed record ReturnRequested(LocalDate RequestedOn) : SubscriptionEvent;

/// <summary>The registration was cancelled at the transaction centre (<c>subscription.contract_deregistered.v1</c>).</summary>
/// <param name="Reference">The transaction centre's reference.</param>
/// <param name="DeregisteredOn">The business date.</param>
public sealed record ContractDeregistered(string Reference, LocalDate DeregisteredOn) : SubscriptionEvent;

/// <summary>The purchase was returned; its unit is to be released (<c>subscription.returned.v1</c>).</summary>
/// <param name="Unit">The unit to release.</param>
/// <param name="RefundDue">The amount to refund.</param>
/// <param name="ReturnedOn">The business date.</param>
public sealed record PurchaseReturned(UnitId Unit, Money RefundDue, LocalDate ReturnedOn) : SubscriptionEvent;

/// <summary>
/// What a unit change made refundable was paid out while the subscription goes on
/// (<c>subscription.difference_refunded.v1</c>, CAN-08 on CAN-05's calendar and place).
/// </summary>
/// <param name="Amount">The amount paid out.</param>
/// <param name="Place">Where it was paid.</param>
/// <param name="PaidOn">The business date.</param>
public sealed record DifferenceRefunded(Money Amount, RefundPlace Place, LocalDate PaidOn) : SubscriptionEvent;

/// <summary>The refund was paid out (<c>subscription.refund_paid.v1</c>).</summary>
/// <param name="Amount">The amount paid out.</param>
/// <param name="Place">Where it was paid.</param>
/// <param name="PaidOn">The business date.</param>
public sealed record RefundPaid(Money Amount, RefundPlace Place, LocalDate PaidOn) : SubscriptionEvent;

/// <summary>
/// The unit the subscription relied on refused it (<c>subscription.unit_refused.v1</c>, SUB-08): the subscription is
/// void when it was its own unit, the unit change is withdrawn when it was the unit moved to.
/// </summary>
/// <param name="Unit">The unit that refused.</param>
/// <param name="Rule">The rule the unit named.</param>
/// <param name="Code">The unit's error code.</param>
/// <param name="RefusedOn">The business date.</param>
public sealed record UnitRefused(UnitId Unit, RuleId Rule, string Code, LocalDate RefusedOn) : SubscriptionEvent;

/// <summary>
/// A unit refused a hold the subscription had asked for after the subscription had moved on from the step that
/// asked (<c>subscription.unit_refused_late.v1</c>, SUB-08): the refusal reaches the subscription only once the unit
/// process gets to the event, and by then the customer may have cancelled, or the unit change been completed or
/// withdrawn. The fact is kept and the status does not change (a void or refunded subscription refuses it, SUB-08); a subscription under contract on that unit holds a
/// double sale the site must resolve (<see cref="SubscriptionState.LateUnitRefusals"/>).
/// </summary>
/// <param name="Unit">The unit that refused.</param>
/// <param name="Rule">The rule the unit named.</param>
/// <param name="Code">The unit's error code.</param>
/// <param name="RefusedOn">The business date.</param>
public sealed record UnitRefusedLate(UnitId Unit, RuleId Rule, string Code, LocalDate RefusedOn) : SubscriptionEvent;
