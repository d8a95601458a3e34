using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>The lifecycle table of a sales day: opened → open → reconciled → closed (做到日日平帐);
/// <c>docs/diagrams/sales-day.*</c> is generated from it.</summary>
internal static class SalesDayLifecycle
{
    /// <summary>Gets the table. A late entry sends a reconciled day back to open (it must be reconciled again); a
    /// closed day has no way out (REC-04). Opening a day twice, and posting or reconciling before the day is opened
    /// or after it is closed, name REC-04; every other illegal move names REC-03: a day closes only through
    /// reconciliation.</summary>
    public static Lifecycle<SalesDayStatus, SalesDayTrigger> Table { get; } =
        Lifecycle.Define<SalesDayStatus, SalesDayTrigger>("sales-day", SalesDayStatus.None, "REC-03")
            .Permit(SalesDayStatus.None, SalesDayTrigger.Open, SalesDayStatus.Open)
            .Permit(SalesDayStatus.Open, SalesDayTrigger.PostEntry, SalesDayStatus.Open, "REC-04")
            .Permit(SalesDayStatus.Open, SalesDayTrigger.Reconcile, SalesDayStatus.Reconciled, "REC-01", "REC-02")
            .Permit(SalesDayStatus.Reconciled, SalesDayTrigger.PostEntry, SalesDayStatus.Open, "REC-04")
            .Permit(SalesDayStatus.Reconciled, SalesDayTrigger.Reconcile, SalesDayStatus.Reconciled, "REC-01", "REC-02")
            .Permit(SalesDayStatus.Reconciled, SalesDayTrigger.ExplainDiscrepancy, SalesDayStatus.Reconciled, "REC-03")
            .Permit(SalesDayStatus.Reconciled, SalesDayTrigger.Close, SalesDayStatus.Closed, "REC-03")
            .RefuseWith(SalesDayTrigger.Open, "REC-04")
            .RefuseWith(SalesDayTrigger.PostEntry, "REC-04")
            .RefuseWith(SalesDayTrigger.Reconcile, "REC-04")
            .Build();
}

/// <summary>What moves a sales day along its lifecycle table.</summary>
internal enum SalesDayTrigger
{
    /// <summary>The site manager opens the day.</summary>
    Open = 0,

    /// <summary>A payment or a notice copy is posted to the day.</summary>
    PostEntry = 1,

    /// <summary>The day's reconciliation report is recorded (REC-01, REC-02).</summary>
    Reconcile = 2,

    /// <summary>The site manager explains and signs off a discrepancy (REC-03).</summary>
    ExplainDiscrepancy = 3,

    /// <summary>The site manager closes the day (REC-03).</summary>
    Close = 4,
}
