namespace KeyAccount.Domain.Reconciliation;

/// <summary>Where a sales day (销售日) stands in its lifecycle (REC-03, REC-04).</summary>
public enum SalesDayStatus
{
    /// <summary>Not yet opened: the day has no events.</summary>
    None = 0,

    /// <summary>Entries are being posted; the day has not been reconciled since the last entry.</summary>
    Open = 1,

    /// <summary>The day has been reconciled; its discrepancies, if any, await explanation and sign-off.</summary>
    Reconciled = 2,

    /// <summary>The day is closed and immutable (REC-04).</summary>
    Closed = 3,
}
