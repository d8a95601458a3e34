using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>The lifecycle table of a sales day: open → reconciled → closed (做到日日平帐).</summary>
public static class SalesDayLifecycle
{
    /// <summary>Gets the table. A late entry sends a reconciled day back to open (it must be reconciled again); a
    /// closed day has no way out (REC-04). Illegal moves name REC-03: a day closes only through reconciliation.</summary>
    public static Lifecycle<SalesDayStatus, SalesDayTrigger> Table { get; } =
        Lifecycle.Define<SalesDayStatus, SalesDayTrigger>("sales-day", SalesDayStatus.Open, "REC-03")
            .Permit(SalesDayStatus.Open, SalesDayTrigger.PostEntry, SalesDayStatus.Open, "REC-04")
            .Permit(SalesDayStatus.Open, SalesDayTrigger.Reconcile, SalesDayStatus.Reconciled, "REC-01", "REC-02")
            .Permit(SalesDayStatus.Reconciled, SalesDayTrigger.PostEntry, SalesDayStatus.Open, "REC-04")
            .Permit(SalesDayStatus.Reconciled, SalesDayTrigger.Reconcile, SalesDayStatus.Reconciled, "REC-01", "REC-02")
            .Permit(SalesDayStatus.Reconciled, SalesDayTrigger.ExplainDiscrepancy, SalesDayStatus.Reconciled, "REC-03")
            .Permit(SalesDayStatus.Reconciled, SalesDayTrigger.Close, SalesDayStatus.Closed, "REC-03")
            .Build();
}
