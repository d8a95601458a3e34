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
