namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// A document outside the company's hands that must come back, voided, when a subscription is cancelled, renamed
/// or changed to another unit (CAN-02) or a purchase is returned (RET-02). The company's own copy never left.
/// </summary>
public enum SalesDocument
{
    /// <summary>The customer's copy of the subscription (认购书客户联).</summary>
    SubscriptionCustomerCopy = 1,

    /// <summary>The developer's copy of the subscription (认购书开发商联).</summary>
    SubscriptionDeveloperCopy = 2,

    /// <summary>The customer's pre-sale contract (预出售合同); exists only once the contract is signed.</summary>
    PreSaleContract = 3,
}
