using KeyAccount.Domain.StateMachines;
using S = KeyAccount.Domain.Sales.Subscriptions.SubscriptionStatus;
using T = KeyAccount.Domain.Sales.Subscriptions.SubscriptionTrigger;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// The subscription lifecycle as data: every status change of <see cref="SubscriptionDecider"/> is taken from this
/// table, and the diagrams in <c>docs/diagrams/subscription.*</c> are generated from it.
/// </summary>
/// <remarks>
/// An illegal move names the rule of the step attempted, declared with <c>RefuseWith</c>: a signature on a draft is
/// refused by SUB-07, a refund before cancellation or after registration by CAN-05. A draft of a subscription that
/// exists already is refused by SUB-01, the table's rule for every other trigger. A unit change (CAN-08) goes back to
/// <see cref="SubscriptionStatus.Draft"/>: the new form is effective once its three copies are stamped (SUB-04), and
/// what it made refundable is paid out while the subscription goes on (<see cref="SubscriptionTrigger.RefundDifference"/>).
/// </remarks>
internal static class SubscriptionLifecycle
{
    /// <summary>Gets the table. Self-loops are the commands that record something without moving the status.</summary>
    public static Lifecycle<SubscriptionStatus, SubscriptionTrigger> Table { get; } =
        Lifecycle.Define<SubscriptionStatus, SubscriptionTrigger>("subscription", S.None, "SUB-01")
            .Permit(S.None, T.Draft, S.Draft, "SUB-01", "SUB-03")
            .StayInEach([S.Draft, S.Effective, S.Contracted, S.Registered], T.Pay, "SUB-02", "SUB-05")
            .Permit(S.Draft, T.Stamp, S.Effective, "SUB-04")
            .Permit(S.Effective, T.SignNoticeTerms, S.Effective, "CAN-04")
            .Permit(S.Effective, T.SignContract, S.Contracted, "SUB-07")
            .Permit(S.Contracted, T.Register, S.Registered, "SUB-07")
            .Permit(S.Effective, T.RequestCancellation, S.CancellationRequested, "CAN-01", "CAN-07")
            .Permit(S.CancellationRequested, T.RetentionFailed, S.CancellationRequested, "CAN-03")
            .Permit(S.CancellationRequested, T.CustomerRetained, S.Effective, "CAN-03")
            .Permit(S.CancellationRequested, T.ApproveCancellation, S.CancellationApproved, "CAN-03", "CAN-04", "CAN-05", "CAN-06")
            .StayInEach([S.CancellationRequested, S.CancellationApproved], T.HandBackDocument, "CAN-02")
            .Permit(S.ReturnRequested, T.HandBackDocument, S.ReturnRequested, "RET-02")
            .StayInEach([S.CancellationRequested, S.CancellationApproved], T.ReportDocumentLost, "CAN-02")
            .Permit(S.ReturnRequested, T.ReportDocumentLost, S.ReturnRequested, "RET-02")
            .Permit(S.CancellationApproved, T.CompleteCancellation, S.Cancelled, "CAN-02", "SUB-01")
            .Permit(S.CancellationApproved, T.CompleteRename, S.Effective, "CAN-02", "CAN-07")
            .Permit(S.CancellationApproved, T.CompleteUnitChange, S.Draft, "CAN-02", "CAN-07", "CAN-08", "SUB-01")
            .PermitFromEach([S.Contracted, S.Registered], T.RequestReturn, S.ReturnRequested, "RET-01")
            .StayInEach([S.ReturnRequested, S.Returned], T.Deregister, "RET-03")
            .Permit(S.ReturnRequested, T.CompleteReturn, S.Returned, "RET-02", "RET-04", "SUB-01")
            .Permit(S.Cancelled, T.PayRefund, S.Refunded, "CAN-05", "CAN-04", "CAN-06")
            .Permit(S.Returned, T.PayRefund, S.Refunded, "RET-03", "RET-04")
            .StayInEach([S.Draft, S.Effective, S.Contracted, S.Registered], T.RefundDifference, "CAN-08", "CAN-05", "CAN-06")
            .PermitFromEach([S.Draft, S.Effective], T.UnitRefused, S.Voided, "SUB-08")
            .PermitFromEach([S.CancellationRequested, S.CancellationApproved], T.UnitRefused, S.Effective, "SUB-08")
            .StayInEach([S.Draft, S.Effective, S.Contracted, S.Registered, S.CancellationRequested, S.CancellationApproved, S.Cancelled, S.ReturnRequested, S.Returned], T.UnitRefusedLate, "SUB-08")
            .RefuseWith(T.Pay, "SUB-02")
            .RefuseWith(T.Stamp, "SUB-04")
            .RefuseWith(T.SignNoticeTerms, "CAN-04")
            .RefuseWith(T.SignContract, "SUB-07")
            .RefuseWith(T.Register, "SUB-07")
            .RefuseWith(T.RequestCancellation, "CAN-01")
            .RefuseWith(T.RetentionFailed, "CAN-03")
            .RefuseWith(T.CustomerRetained, "CAN-03")
            .RefuseWith(T.ApproveCancellation, "CAN-03")
            .RefuseWith(T.HandBackDocument, "CAN-02")
            .RefuseWith(T.ReportDocumentLost, "CAN-02")
            .RefuseWith(T.CompleteCancellation, "CAN-02")
            .RefuseWith(T.CompleteRename, "CAN-02")
            .RefuseWith(T.CompleteUnitChange, "CAN-02")
            .RefuseWith(T.RequestReturn, "RET-01")
            .RefuseWith(T.Deregister, "RET-03")
            .RefuseWith(T.CompleteReturn, "RET-02")
            .RefuseWith(T.PayRefund, "CAN-05")
            .RefuseWith(T.RefundDifference, "CAN-08")
            .RefuseWith(T.UnitRefused, "SUB-08")
            .RefuseWith(T.UnitRefusedLate, "SUB-08")
            .Build();
}

/// <summary>The triggers of the subscription lifecycle, one per kind of change (<see cref="SubscriptionLifecycle"/>).</summary>
internal enum SubscriptionTrigger
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

    /// <summary>A unit refused a hold after the subscription had moved on from the step that asked for it (SUB-08).</summary>
    UnitRefusedLate = 22,
}
