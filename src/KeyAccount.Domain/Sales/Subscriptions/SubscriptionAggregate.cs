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
    public static AggregateDefinition<SubscriptionCommand, SubscriptionEvent, SubscriptionState, SubscriptionStatus, SubscriptionTrigger> Definition { get; } = new(
        "subscription",
        SubscriptionDecider.Instance,
        EventCatalog<SubscriptionEvent>.Create()
            .Add("subscription.drafted.v1", SalesJsonContext.Shared.SubscriptionDrafted)
            .Add("subscription.payment_received.v1", SalesJsonContext.Shared.PaymentReceived)
            .Add("subscription.stamped.v1", SalesJsonContext.Shared.SubscriptionStamped)
            .Add("subscription.notice_terms_signed.v1", SalesJsonContext.Shared.SigningNoticeTermsSigned)
            .Add("subscription.contract_signed.v1", SalesJsonContext.Shared.PreSaleContractSigned)
            .Add("subscription.contract_registered.v1", SalesJsonContext.Shared.PreSaleContractRegistered)
            .Add("subscription.cancellation_requested.v2", SalesJsonContext.Shared.CancellationRequested)
            .Add("subscription.retention_attempted.v1", SalesJsonContext.Shared.RetentionAttempted)
            .Add("subscription.cancellation_approved.v1", SalesJsonContext.Shared.CancellationApproved)
            .Add("subscription.document_handed_back.v1", SalesJsonContext.Shared.DocumentHandedBack)
            .Add("subscription.document_lost.v1", SalesJsonContext.Shared.DocumentLost)
            .Add("subscription.cancelled.v1", SalesJsonContext.Shared.SubscriptionCancelled)
            .Add("subscription.renamed.v1", SalesJsonContext.Shared.SubscriptionRenamed)
            .Add("subscription.unit_changed.v2", SalesJsonContext.Shared.SubscriptionUnitChanged)
            .Add("subscription.return_requested.v1", SalesJsonContext.Shared.ReturnRequested)
            .Add("subscription.contract_deregistered.v1", SalesJsonContext.Shared.ContractDeregistered)
            .Add("subscription.returned.v1", SalesJsonContext.Shared.PurchaseReturned)
            .Add("subscription.refund_paid.v1", SalesJsonContext.Shared.RefundPaid)
            .Add("subscription.difference_refunded.v1", SalesJsonContext.Shared.DifferenceRefunded)
            .Add("subscription.unit_refused.v1", SalesJsonContext.Shared.UnitRefused)
            .Build());

    /// <summary>Gets the stream a subscription's events are kept in.</summary>
    /// <param name="subscription">The subscription.</param>
    /// <returns>The stream <c>subscription-{id}</c>.</returns>
    public static StreamId StreamOf(SubscriptionId subscription) => Definition.StreamOf(subscription);
}
