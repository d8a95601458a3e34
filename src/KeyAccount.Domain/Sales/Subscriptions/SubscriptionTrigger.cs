namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>The triggers of the subscription lifecycle, one per kind of change (<see cref="SubscriptionLifecycle"/>).</summary>
public enum SubscriptionTrigger
{
    /// <summary>The subscription is written out for a held unit.</summary>
    Draft = 1,

    /// <summary>A payment is received.</summary>
    Pay = 2,

    /// <summary>All three copies are stamped in one act.</summary>
    Stamp = 3,

    /// <summary>The customer signs the terms of the signing notice (签约须知).</summary>
    SignNoticeTerms = 4,

    /// <summary>The pre-sale contract is signed.</summary>
    SignContract = 5,

    /// <summary>The contract is registered at the transaction centre.</summary>
    Register = 6,

    /// <summary>A cancellation, rename or unit change is applied for.</summary>
    RequestCancellation = 7,

    /// <summary>The retention attempt failed; the application stands.</summary>
    RetentionFailed = 8,

    /// <summary>The customer was retained; the application is withdrawn.</summary>
    CustomerRetained = 9,

    /// <summary>The application is approved.</summary>
    ApproveCancellation = 10,

    /// <summary>A voided document is handed back.</summary>
    HandBackDocument = 11,

    /// <summary>A document is reported lost (an incident).</summary>
    ReportDocumentLost = 12,

    /// <summary>The cancellation completes.</summary>
    CompleteCancellation = 13,

    /// <summary>The rename completes.</summary>
    CompleteRename = 14,

    /// <summary>The unit change completes; the new form awaits its stamps (CAN-08).</summary>
    CompleteUnitChange = 15,

    /// <summary>A return of the purchase is applied for.</summary>
    RequestReturn = 16,

    /// <summary>The registration is cancelled (注销) at the transaction centre.</summary>
    Deregister = 17,

    /// <summary>The return completes.</summary>
    CompleteReturn = 18,

    /// <summary>The refund is paid out.</summary>
    PayRefund = 19,

    /// <summary>What a unit change made refundable is paid out while the subscription goes on (CAN-08).</summary>
    RefundDifference = 20,

    /// <summary>The unit the subscription relies on refused it (SUB-08).</summary>
    UnitRefused = 21,
}
