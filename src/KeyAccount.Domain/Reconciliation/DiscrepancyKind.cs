namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// What is wrong with one payment or notice in a day's reconciliation (REC-02). The numeric order is the order
/// in which a site's discrepancies are listed in the report.
/// </summary>
public enum DiscrepancyKind : byte
{
    /// <summary>A payment whose reference is on no remittance notice, neither the clerk's copy nor the cashier's.</summary>
    PaymentWithoutNotice = 0,

    /// <summary>A remittance notice (either copy) whose number no payment refers to.</summary>
    NoticeWithoutPayment = 1,

    /// <summary>A payment whose notice is in the cashier's copies but not in the clerk's (项目文员处解款联).</summary>
    MissingClerkCopy = 2,

    /// <summary>A payment whose notice is in the clerk's copies but not in the cashier's (收银处解款联).</summary>
    MissingCashierCopy = 3,

    /// <summary>A payment whose amount differs from the amount on a copy of its notice (same currency).</summary>
    AmountMismatch = 4,

    /// <summary>A payment whose currency differs from the currency on a copy of its notice.</summary>
    CurrencyMismatch = 5,

    /// <summary>A second (or further) payment with the same notice reference; the first in canonical order is the one reconciled.</summary>
    DuplicatePayment = 6,

    /// <summary>A second (or further) notice with the same number in the same set of copies.</summary>
    DuplicateNotice = 7,

    /// <summary>A payment collected by the wrong party for the site's sales mode (SUB-02).</summary>
    WrongCollector = 8,

    /// <summary>A payment whose notice copy names another site or another business date.</summary>
    WrongDateOrSite = 9,
}
