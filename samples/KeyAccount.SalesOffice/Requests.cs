using System.Collections.Generic;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using NodaTime;

namespace KeyAccount.SalesOffice;

/// <summary>Registers a project with its launch date and sales mode.</summary>
public sealed record RegisterProjectRequest(string Name, LocalDate LaunchDate, SalesMode Mode);

/// <summary>Confirms the project's launch preparation.</summary>
public sealed record CompletePreparationRequest(string ConfirmedBy);

/// <summary>Lists a unit of a project.</summary>
public sealed record ListUnitRequest(string Code);

/// <summary>A customer named on a subscription.</summary>
public sealed record CustomerRequest(string Name, string IdDocumentNumber);

/// <summary>Drafts a subscription for a listed unit.</summary>
public sealed record DraftSubscriptionRequest(System.Guid ProjectId, System.Guid UnitId, IReadOnlyList<CustomerRequest> Customers, decimal Price);

/// <summary>Records a payment.</summary>
public sealed record RecordPaymentRequest(string NoticeNumber, decimal Amount, PaymentMethod Method, PaymentCollector Collector, string CollectedBy);

/// <summary>Stamps the subscription's copies.</summary>
public sealed record StampRequest(IReadOnlyList<SubscriptionCopy> Copies);

/// <summary>Applies for a cancellation with the identity documents of the customers present.</summary>
public sealed record RequestCancellationRequest(IReadOnlyList<string> PresentWithId);

/// <summary>Records the retention attempt.</summary>
public sealed record RetentionRequest(string SiteManager, string CertificateOfficer, bool Retained);

/// <summary>Approves the cancellation.</summary>
public sealed record ApproveCancellationRequest(string? DeveloperAgent, string? StatutoryException);

/// <summary>Hands back a voided document.</summary>
public sealed record HandBackRequest(SalesDocument Document);

/// <summary>Pays the refund.</summary>
public sealed record PayRefundRequest(RefundPlace Place, string? DeveloperAgent);

/// <summary>Opens a site's sales day; the site manager reconciles and closes it.</summary>
public sealed record OpenSalesDayRequest(string SiteManager);

/// <summary>The site manager explains a discrepancy of the day's last reconciliation and signs it off.</summary>
public sealed record ExplainDiscrepancyRequest(KeyAccount.Domain.Reconciliation.DiscrepancyKind Kind, string Notice, string Explanation, string SignedOffBy);

/// <summary>The site manager closes the day.</summary>
public sealed record CloseSalesDayRequest(string By);

/// <summary>Registers a written contract in a contract register: it receives the next serial number.</summary>
public sealed record RegisterContractRequest(System.Guid Review, System.Guid Account, string Title);

/// <summary>Posts a payment taken at the site to the day by hand (one the subscriptions did not record, or a late one
/// naming the day it corrects).</summary>
public sealed record PostPaymentRequest(string Notice, decimal Amount, KeyAccount.Domain.Reconciliation.PaymentChannel Channel, KeyAccount.Domain.Reconciliation.Collector Collector, CorrectsRequest? Corrects);

/// <summary>Posts a copy of a remittance notice to the day by hand, as written on it.</summary>
public sealed record PostNoticeCopyRequest(string Notice, KeyAccount.Domain.Reconciliation.NoticeCopy Copy, LocalDate BusinessDate, decimal Amount, CorrectsRequest? Corrects);

/// <summary>The entry of an earlier day of the same site that a late posting corrects or completes (REC-04).</summary>
public sealed record CorrectsRequest(LocalDate Date, string Notice);
