namespace KeyAccount.Domain.Fulfilment;

/// <summary>The states of an after-sales service request (<see cref="ServiceRequestLifecycle"/>).</summary>
public enum ServiceRequestStatus
{
    /// <summary>Not yet received: the request does not exist.</summary>
    None,

    /// <summary>Received; to be acknowledged within the service window (DLV-05).</summary>
    Received,

    /// <summary>Acknowledged to the customer; being served.</summary>
    Acknowledged,

    /// <summary>It revealed a nonconformity and was escalated to a complaint (CMP-01).</summary>
    Escalated,

    /// <summary>Closed with the customer's confirmation. Terminal.</summary>
    Closed,
}
