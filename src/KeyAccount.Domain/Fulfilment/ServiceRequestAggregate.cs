using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>An after-sales service request (DLV-05): its definition, event wire names and stream naming.</summary>
public static class ServiceRequestAggregate
{
    /// <summary>Gets the definition: the <c>service_request.*.v1</c> events.</summary>
    public static AggregateDefinition<ServiceRequestCommand, ServiceRequestEvent, ServiceRequestState, ServiceRequestStatus> Definition { get; } = AggregateDefinition.Of(
        "service-request",
        ServiceRequestDecider.Instance,
        EventCatalog<ServiceRequestEvent>.FromDerivedTypes(FulfilmentJsonContext.Shared));

    /// <summary>Gets the stream a service request's events are kept in.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The stream <c>service-request-{id}</c>.</returns>
    public static StreamId StreamOf(ServiceRequestId request) => Definition.StreamOf(request);
}
