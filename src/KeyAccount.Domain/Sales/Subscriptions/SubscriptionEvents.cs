using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>The wire names of the subscription events, and their serializer. Wire names are a contract: a changed event gets <c>.v2</c>.</summary>
public static class SubscriptionEvents
{
    /// <summary>Gets the catalogue of subscription events.</summary>
    public static EventCatalog<SubscriptionEvent> Catalog { get; } = Build();

    /// <summary>Gets the serializer of subscription event envelopes.</summary>
    public static EventSerializer<SubscriptionEvent> Serializer { get; } = new(Catalog);

    private static EventCatalog<SubscriptionEvent> Build()
    {
        var ctx = SalesJsonContext.Shared;
        return EventCatalog<SubscriptionEvent>.Create()
            .Add("subscription.drafted.v1", ctx.SubscriptionDrafted)
            .Add("subscription.payment_received.v1", ctx.PaymentReceived)
            .Add("subscription.stamped.v1", ctx.SubscriptionStamped)
            .Add("subscription.notice_terms_signed.v1", ctx.SigningNoticeTermsSigned)
            .Add("subscription.contract_signed.v1", ctx.PreSaleContractSigned)
            .Add("subscription.contract_registered.v1", ctx.PreSaleContractRegistered)
            .Add("subscription.cancellation_requested.v1", ctx.CancellationRequested)
            .Add("subscription.retention_attempted.v1", ctx.RetentionAttempted)
            .Add("subscription.cancellation_approved.v1", ctx.CancellationApproved)
            .Add("subscription.document_handed_back.v1", ctx.DocumentHandedBack)
            .Add("subscription.document_lost.v1", ctx.DocumentLost)
            .Add("subscription.cancelled.v1", ctx.SubscriptionCancelled)
            .Add("subscription.renamed.v1", ctx.SubscriptionRenamed)
            .Add("subscription.unit_changed.v1", ctx.SubscriptionUnitChanged)
            .Add("subscription.return_requested.v1", ctx.ReturnRequested)
            .Add("subscription.contract_deregistered.v1", ctx.ContractDeregistered)
            .Add("subscription.returned.v1", ctx.PurchaseReturned)
            .Add("subscription.refund_paid.v1", ctx.RefundPaid)
            .Build();
    }
}
