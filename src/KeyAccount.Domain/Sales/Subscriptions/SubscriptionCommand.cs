using System.Collections.Generic;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// A command on a subscription (认购书). Every command names the customer service specialist (客服专员) who
/// accompanies the customer through it (SUB-03).
/// </summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
public abstract record SubscriptionCommand(ActorId Specialist);

/// <summary>
/// Writes out a subscription for a unit the caller has already held for it (SUB-01). The subscription belongs to
/// <paramref name="Project"/> and takes its sales mode from the project's state, which the host supplies with
/// <see cref="Decisions.DecisionContext.WithSource{TState}"/> on <see cref="SalesProjectAggregate.StreamOf"/> (SUB-09,
/// GEN-11); the command carries no mode.
/// </summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="Subscription">The new subscription's identifier (the one the unit is held for).</param>
/// <param name="Project">The project the unit belongs to; its sales must be open and its mode set.</param>
/// <param name="Unit">The unit subscribed.</param>
/// <param name="Customers">The customers named on the subscription; at least one, distinct identity documents.</param>
/// <param name="Price">The agreed price; positive.</param>
public sealed record DraftSubscription(
    ActorId Specialist, SubscriptionId Subscription, ProjectId Project, UnitId Unit, IReadOnlyList<Customer> Customers, Money Price)
    : SubscriptionCommand(Specialist);

/// <summary>Records a payment, collected by the collector the project's sales mode requires (SUB-02), and issues its remittance notice (SUB-05).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="NoticeNumber">The remittance notice number; unique within the subscription.</param>
/// <param name="Amount">The amount paid; positive and in the subscription's currency.</param>
/// <param name="Method">How it was paid.</param>
/// <param name="Collector">Who collected it.</param>
/// <param name="CollectedBy">The person who took the money.</param>
public sealed record RecordPayment(
    ActorId Specialist, RemittanceNoticeNumber NoticeNumber, Money Amount, PaymentMethod Method, PaymentCollector Collector, ActorId CollectedBy)
    : SubscriptionCommand(Specialist);

/// <summary>Stamps the subscription's copies; all three must be stamped in this one act (SUB-04).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="Stamped">The copies stamped in this act.</param>
public sealed record StampCopies(ActorId Specialist, IReadOnlyCollection<SubscriptionCopy> Stamped) : SubscriptionCommand(Specialist);

/// <summary>Records that the customer signed the terms of the signing notice (签约须知); after it, no refund is due (CAN-04).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
public sealed record SignNoticeTerms(ActorId Specialist) : SubscriptionCommand(Specialist);

/// <summary>Signs the pre-sale contract (预出售合同) for an effective subscription, without queueing (SUB-07).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="ContractNumber">The contract number.</param>
public sealed record SignPreSaleContract(ActorId Specialist, string ContractNumber) : SubscriptionCommand(Specialist);

/// <summary>Records the registration (登记) of the pre-sale contract at the transaction centre.</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="RegistrationNumber">The registration number given by the transaction centre.</param>
public sealed record RegisterPreSaleContract(ActorId Specialist, string RegistrationNumber) : SubscriptionCommand(Specialist);

/// <summary>Applies for a cancellation, rename or unit change (退定、更名、换房) with every named customer present (CAN-01, CAN-07).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="Request">What is applied for: a cancellation, a rename with the new customers, or a unit change with the
/// unit moved to (already held for this subscription) and its price (CAN-08).</param>
/// <param name="PresentWithId">The identity document numbers of the customers present in person who showed the document.</param>
public sealed record RequestCancellation(ActorId Specialist, CancellationRequest Request, [property: PersonalData] IReadOnlyCollection<string> PresentWithId)
    : SubscriptionCommand(Specialist);

/// <summary>Records the retention attempt (挽回) made with the site manager and the certificate officer (CAN-03).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="SiteManager">The site manager (案场经理) who helped.</param>
/// <param name="CertificateOfficer">The certificate officer (办证员) who helped.</param>
/// <param name="Retained">Whether the customer was retained; if so the application is withdrawn.</param>
public sealed record RecordRetentionAttempt(ActorId Specialist, ActorId SiteManager, ActorId CertificateOfficer, bool Retained)
    : SubscriptionCommand(Specialist);

/// <summary>Approves the application after the retention attempt (CAN-03), fixing the refund due and when it is payable (CAN-04, CAN-05).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="Application">On agency projects, the developer's agent's signature and stamp on the application (CAN-06).</param>
/// <param name="StatutoryException">
/// The legal ground on which a refund is due although the signing-notice terms were signed (CAN-04), or <see langword="null"/>.
/// </param>
public sealed record ApproveCancellation(ActorId Specialist, DeveloperConfirmation? Application, string? StatutoryException)
    : SubscriptionCommand(Specialist);

/// <summary>Records that a voided document came back to the company (CAN-02, RET-02).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="Document">The document handed back.</param>
public sealed record HandBackDocument(ActorId Specialist, SalesDocument Document) : SubscriptionCommand(Specialist);

/// <summary>Records the loss of a document as an incident (CAN-02, RET-02).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="Document">The document lost.</param>
/// <param name="Circumstances">How it was lost; not blank.</param>
public sealed record ReportDocumentLost(ActorId Specialist, SalesDocument Document, string Circumstances) : SubscriptionCommand(Specialist);

/// <summary>Completes the approved cancellation, rename or unit change once every document is accounted for (CAN-02, CAN-07).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
public sealed record CompleteCancellation(ActorId Specialist) : SubscriptionCommand(Specialist);

/// <summary>Applies for the return of the purchase (退房) with every customer on the contract present (RET-01).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="PresentWithId">The identity document numbers of the customers present in person who showed the document.</param>
public sealed record RequestReturn(ActorId Specialist, [property: PersonalData] IReadOnlyCollection<string> PresentWithId) : SubscriptionCommand(Specialist);

/// <summary>Records the deregistration (注销) of the registered contract at the transaction centre (RET-03).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="Reference">The transaction centre's reference for the deregistration.</param>
public sealed record RecordDeregistration(ActorId Specialist, string Reference) : SubscriptionCommand(Specialist);

/// <summary>Completes the return once every document is back (RET-02) and, on agency projects, the developer confirmed the application (RET-04).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="Application">On agency projects, the developer's agent's signature and stamp on the return application.</param>
public sealed record CompleteReturn(ActorId Specialist, DeveloperConfirmation? Application) : SubscriptionCommand(Specialist);

/// <summary>Pays out the refund due after a cancellation (CAN-04, CAN-05, CAN-06) or a return (RET-03, RET-04).</summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="Place">Where the refund is paid.</param>
/// <param name="RefundNotice">On agency projects, the developer's agent's signature and stamp on the refund notice (退款通知书).</param>
public sealed record PayRefund(ActorId Specialist, RefundPlace Place, DeveloperConfirmation? RefundNotice) : SubscriptionCommand(Specialist);

/// <summary>
/// Records that the unit the subscription relies on refused it (SUB-08): a draft or effective subscription whose
/// own unit could not be held is voided; a unit change whose new unit could not be held is withdrawn. Sent by the
/// unit process as the compensation of a refused hold. A refusal that arrives after the subscription moved on from the
/// step that asked for the unit (cancelled, the unit change completed or withdrawn, under contract) is kept as
/// <see cref="UnitRefusedLate"/> and changes no status; before anything is drafted, and once the subscription is void or
/// its refund paid (nothing leaves those states), it is refused by SUB-08.
/// </summary>
/// <param name="Specialist">The accompanying customer service specialist.</param>
/// <param name="Unit">The unit that refused.</param>
/// <param name="Rule">The rule the unit named (e.g. SUB-01 when another subscription holds it).</param>
/// <param name="Code">The unit's machine-readable error code.</param>
public sealed record RecordUnitRefusal(ActorId Specialist, UnitId Unit, RuleId Rule, string Code) : SubscriptionCommand(Specialist);
