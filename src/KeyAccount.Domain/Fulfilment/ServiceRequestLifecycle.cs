using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>The lifecycle of an after-sales service request as data (GEN-05); <c>docs/diagrams/service-request.*</c> is generated from it.</summary>
/// <remarks>Receiving twice, escalating or closing before the acknowledgement name DLV-05; any other illegal move names GEN-05.</remarks>
internal static class ServiceRequestLifecycle
{
    /// <summary>Gets the table.</summary>
    public static Lifecycle<ServiceRequestStatus, ServiceRequestTrigger> Table { get; } =
        Lifecycle.Define<ServiceRequestStatus, ServiceRequestTrigger>("service-request", ServiceRequestStatus.None, "GEN-05")
            .Permit(ServiceRequestStatus.None, ServiceRequestTrigger.Receive, ServiceRequestStatus.Received, "DLV-05")
            .Permit(ServiceRequestStatus.Received, ServiceRequestTrigger.Acknowledge, ServiceRequestStatus.Acknowledged, "DLV-05")
            .Permit(ServiceRequestStatus.Acknowledged, ServiceRequestTrigger.Escalate, ServiceRequestStatus.Escalated, "DLV-05", "CMP-01")
            .Permit(ServiceRequestStatus.Acknowledged, ServiceRequestTrigger.Close, ServiceRequestStatus.Closed, "DLV-05")
            .Permit(ServiceRequestStatus.Escalated, ServiceRequestTrigger.Close, ServiceRequestStatus.Closed, "DLV-05")
            .RefuseWith(ServiceRequestTrigger.Receive, "DLV-05")
            .RefuseWith(ServiceRequestTrigger.Escalate, "DLV-05")
            .RefuseWith(ServiceRequestTrigger.Close, "DLV-05")
            .Build();
}

/// <summary>The triggers of the service request lifecycle.</summary>
internal enum ServiceRequestTrigger
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
