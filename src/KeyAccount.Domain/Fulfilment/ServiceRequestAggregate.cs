using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>An after-sales service request (DLV-05): its definition, event wire names and stream naming.</summary>
public static class ServiceRequestAggregate
{
    /// <summary>Gets the definition: the <c>service_request.*.v1</c> events.</summary>
    public static AggregateDefinition<ServiceRequestCommand, ServiceRequestEvent, ServiceRequestState, ServiceRequestStatus, ServiceRequestTrigger> Definition { get; } = new(
        "service-request",
        ServiceRequestDecider.Instance,
        EventCatalog<ServiceRequestEvent>.Create()
            .Add("service_request.received.v1", FulfilmentJsonContext.Shared.ServiceRequestReceived)
            .Add("service_request.acknowledged.v1", FulfilmentJsonContext.Shared.ServiceRequestAcknowledged)
            .Add("service_request.escalated.v1", FulfilmentJsonContext.Shared.ServiceRequestEscalated)
            .Add("service_request.closed.v1", FulfilmentJsonContext.Shared.ServiceRequestClosed)
            .Build());

    /// <summary>Gets the stream a service request's events are kept in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The stream <c>service-request-{id}</c>.</returns>
    public static StreamId StreamOf(ServiceRequestId request) => Definition.StreamOf(request);
}
