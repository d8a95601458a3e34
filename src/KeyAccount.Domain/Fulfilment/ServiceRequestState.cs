using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Quality;
using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>The state of an after-sales service request, evolved by <see cref="ServiceRequestDecider"/>.</summary>
/// <param name="Request">The request.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Status">The lifecycle state.</param>
/// <param name="Subject">What the customer asks for.</param>
/// <param name="ReceivedOn">The day it was received.</param>
/// <param name="AcknowledgeBy">The last day of its service window.</param>
/// <param name="AcknowledgedOn">The day it was acknowledged; null before.</param>
/// <param name="Complaint">The complaint it was escalated to (CMP-01); null when not escalated.</param>
/// <param name="Resolution">The resolution the customer confirmed; null before closing.</param>
/// <param name="ConfirmedBy">The customer's person who confirmed it; null before closing.</param>
/// <param name="ClosedOn">The day it was closed; null before.</param>
public sealed record ServiceRequestState(
    ServiceRequestId Request,
    AccountId Account,
    ServiceRequestStatus Status,
    string Subject,
    LocalDate ReceivedOn,
    LocalDate AcknowledgeBy,
    LocalDate? AcknowledgedOn,
    ComplaintId? Complaint,
    string? Resolution,
    string? ConfirmedBy,
    LocalDate? ClosedOn)
{
    /// <summary>Gets the state before the request is received.</summary>
    public static ServiceRequestState NotReceived { get; } = new(default, default, ServiceRequestStatus.None, string.Empty, default, default, null, null, null, null, null);

    /// <summary>Gets whether the request exists.</summary>
    public bool IsReceived => Status != ServiceRequestStatus.None;

    /// <summary>Returns whether the request is overdue as of a day (DLV-05): its window ended before that day and it was
    /// not acknowledged within it. Once overdue, a request stays overdue on every later day.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueAsOf(LocalDate asOf) =>
        IsReceived && AcknowledgeBy < asOf && !(AcknowledgedOn <= AcknowledgeBy);
}
