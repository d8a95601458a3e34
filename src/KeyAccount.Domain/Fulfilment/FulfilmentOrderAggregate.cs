using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>The fulfilment of an approved contract (DLV-01 … DLV-04): its definition, event wire names and stream naming.</summary>
public static class FulfilmentOrderAggregate
{
    /// <summary>Gets the definition: the <c>fulfilment_order.*.v1</c> events.</summary>
    public static AggregateDefinition<FulfilmentOrderCommand, FulfilmentOrderEvent, FulfilmentOrderState, FulfilmentOrderStatus> Definition { get; } = AggregateDefinition.Of(
        "fulfilment-order",
        FulfilmentOrderDecider.Instance,
        EventCatalog<FulfilmentOrderEvent>.FromDerivedTypes(FulfilmentJsonContext.Shared));

    /// <summary>Gets the stream a fulfilment's events are kept in.</summary>
    /// <param name="order">The fulfilment.</param>
    /// <returns>The stream <c>fulfilment-order-{id}</c>.</returns>
    public static StreamId StreamOf(FulfilmentOrderId order) => Definition.StreamOf(order);
}
