namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>Where a subscription (认购书) stands in its lifecycle (<see cref="SubscriptionLifecycle"/>).</summary>
public enum SubscriptionStatus
{
    /// <summary>Nothing has been drafted yet.</summary>
    None = 0,

    /// <summary>Written out, not yet stamped (SUB-04); also the new form written out by a unit change (CAN-08).</summary>
    Draft = 1,

    /// <summary>All three copies stamped: the subscription holds the unit.</summary>
    Effective = 2,

    /// <summary>The pre-sale contract (预出售合同) is signed (SUB-07).</summary>
    Contracted = 3,

    /// <summary>The contract is registered (登记) at the transaction centre.</summary>
    Registered = 4,

    /// <summary>A cancellation, rename or unit change (退定、更名、换房) has been applied for (CAN-01).</summary>
    CancellationRequested = 5,

    /// <summary>The application is approved after the retention attempt (CAN-03); documents are coming back (CAN-02).</summary>
    CancellationApproved = 6,

    /// <summary>Cancelled: the unit is released; a refund may be due (CAN-04, CAN-05).</summary>
    Cancelled = 7,

    /// <summary>A return of the purchase (退房) has been applied for (RET-01).</summary>
    ReturnRequested = 8,

    /// <summary>Returned: documents are back (RET-02) and the unit is released; the refund waits for deregistration (RET-03).</summary>
    Returned = 9,

    /// <summary>The refund has been paid out. Terminal.</summary>
    Refunded = 10,

    /// <summary>Void: its unit could not be held (SUB-08); nothing of it is live. Terminal.</summary>
    Voided = 11,
}
