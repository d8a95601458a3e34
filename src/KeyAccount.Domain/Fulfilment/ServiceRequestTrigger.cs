namespace KeyAccount.Domain.Fulfilment;

/// <summary>The triggers of the service request lifecycle.</summary>
public enum ServiceRequestTrigger
{
    /// <summary>Receive the customer's request.</summary>
    Receive,

    /// <summary>Acknowledge it to the customer.</summary>
    Acknowledge,

    /// <summary>Escalate it to a complaint.</summary>
    Escalate,

    /// <summary>Close it with the customer's confirmation.</summary>
    Close,
}
