namespace KeyAccount.Domain.Reconciliation;

/// <summary>Which copy of a remittance notice (解款通知单) an entry of the sales day records (SUB-05, REC-01).</summary>
public enum NoticeCopy
{
    /// <summary>The project clerk's copy (项目文员联).</summary>
    Clerk = 0,

    /// <summary>The cashier's copy (收银联).</summary>
    Cashier = 1,
}
