using System.Text.Json.Serialization;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Quality;
using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>An event of an after-sales service request (DLV-05).</summary>
[JsonDerivedType(typeof(ServiceRequestReceived), "service_request.received.v1")]
[JsonDerivedType(typeof(ServiceRequestAcknowledged), "service_request.acknowledged.v1")]
[JsonDerivedType(typeof(ServiceRequestEscalated), "service_request.escalated.v1")]
[JsonDerivedType(typeof(ServiceRequestClosed), "service_request.closed.v1")]
public abstract record ServiceRequestEvent
{
    private protected ServiceRequestEvent()
    {
    }
}

/// <summary>A customer's service request was received.</summary>
/// <param name="Request">The request.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Subject">What the customer asks for.</param>
/// <param name="ReceivedOn">The business day.</param>
/// <param name="AcknowledgeBy">The last day of the service window in force when it was received.</param>
public sealed record ServiceRequestReceived(ServiceRequestId Request, AccountId Account, string Subject, LocalDate ReceivedOn, LocalDate AcknowledgeBy) : ServiceRequestEvent;

/// <summary>The request was acknowledged to the customer.</summary>
/// <param name="By">Who acknowledged it.</param>
/// <param name="AcknowledgedOn">The business day.</param>
/// <param name="WorkingDaysLate">Working days after the due day; 0 when within the window.</param>
public sealed record ServiceRequestAcknowledged(string By, LocalDate AcknowledgedOn, int WorkingDaysLate) : ServiceRequestEvent;

/// <summary>The request revealed a nonconformity and was escalated to a complaint (CMP-01).</summary>
/// <param name="Complaint">The complaint.</param>
/// <param name="Nonconformity">The nonconformity.</param>
/// <param name="EscalatedOn">The business day.</param>
public sealed record ServiceRequestEscalated(ComplaintId Complaint, string Nonconformity, LocalDate EscalatedOn) : ServiceRequestEvent;

/// <summary>The request was closed with the customer's confirmation.</summary>
/// <param name="Resolution">What was done.</param>
/// <param name="ConfirmedBy">The customer's person who confirmed it.</param>
/// <param name="ClosedOn">The business day.</param>
public sealed record ServiceRequestClosed(string Resolution, string ConfirmedBy, LocalDate ClosedOn) : ServiceRequestEvent;
