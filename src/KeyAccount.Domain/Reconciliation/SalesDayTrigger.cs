namespace KeyAccount.Domain.Reconciliation;

/// <summary>What moves a sales day along its lifecycle table.</summary>
public enum SalesDayTrigger
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
