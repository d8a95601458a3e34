using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Domain.Comparisons;

/// <summary>One reconciliation problem: a day's payments, both sets of notice copies and the sites' sales modes.</summary>
internal sealed record ReconciliationInput(
    PaymentRecord[] Payments,
    RemittanceNoticeRecord[] ClerkCopies,
    RemittanceNoticeRecord[] CashierCopies,
    SiteSalesMode[] SiteModes)
{
    /// <summary>Reconciles with the library's reconciler.</summary>
    public ReconciliationReport Reconcile(int maxDegreeOfParallelism = 0) =>
        Reconciler.Reconcile(Payments, ClerkCopies, CashierCopies, SiteModes, maxDegreeOfParallelism);
}
