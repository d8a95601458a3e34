using KeyAccount.Domain.Accounts;
using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>A service request not acknowledged within its window, as of a day (DLV-05).</summary>
/// <param name="Request">The request.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="AcknowledgeBy">The last day of its window.</param>
/// <param name="AcknowledgedOn">The day it was acknowledged late; null when still not acknowledged.</param>
public sealed record OverdueServiceRequest(ServiceRequestId Request, AccountId Account, LocalDate AcknowledgeBy, LocalDate? AcknowledgedOn);
