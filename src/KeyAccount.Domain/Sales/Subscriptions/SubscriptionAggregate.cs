using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// The subscription (认购书) aggregate: its definition, event wire names and stream naming. Wire names are a contract:
/// a changed event gets <c>.v2</c>.
/// </summary>
public static class SubscriptionAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<SubscriptionCommand, SubscriptionEvent, SubscriptionState, SubscriptionStatus> Definition { get; } = AggregateDefinition.Of(
        "subscription",
        SubscriptionDecider.Instance,
        EventCatalog<SubscriptionEvent>.FromDerivedTypes(SalesJsonContext.Shared));

    /// <summary>Gets the stream a subscription's events are kept in.</summary>
    /// <param name="subscription">The subscription.</param>
    /// <returns>The stream <c>subscription-{id}</c>.</returns>
    public static StreamId StreamOf(SubscriptionId subscription) => Definition.StreamOf(subscription);
}
