using System;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;

namespace KeyAccount.Domain.Comparisons;

/// <summary>One reconciliation problem: a day's payments, both sets of notice copies and the sites' sales modes.</summary>
internal sealed record ReconciliationInput(
    PaymentRecord[] Payments,
    RemittanceNoticeRecord[] ClerkCopies,
    RemittanceNoticeRecord[] CashierCopies,
    SalesMode[] SiteModes)
{
    private const ulong Spread = 0x9E3779B97F4A7C15UL;
    private const ulong Mask = (1UL << 59) - 1;

    /// <summary>Reconciles with the library's reconciler.</summary>
    public ReconciliationReport Reconcile(int maxDegreeOfParallelism = 0) =>
        Reconciler.Reconcile(Payments, ClerkCopies, CashierCopies, SiteModes, maxDegreeOfParallelism);

    /// <summary>Reconciles with the library's reconciler on a chosen join (direct-addressed or partitioned).</summary>
    public ReconciliationReport Reconcile(int maxDegreeOfParallelism, ReconcilerPath path) =>
        ReconcilerEngine.Run(Payments, ClerkCopies, CashierCopies, SiteModes, maxDegreeOfParallelism, path);

    /// <summary>Returns the same day with every notice number sent to a spread-out one (multiplied by an odd constant
    /// modulo 2^59, plus one): a one-to-one map, so the same records match and the report is the same but for the
    /// numbers, and the numbers of the day are sparse (not serial) as the partitioned join expects.</summary>
    public ReconciliationInput WithSparseNumbers() => this with
    {
        Payments = Array.ConvertAll(Payments, p => new PaymentRecord(SparseNumber(p.Reference), p.Site, p.Day, p.AmountMinor, p.Currency, p.Channel, p.Collector)),
        ClerkCopies = Array.ConvertAll(ClerkCopies, Sparse),
        CashierCopies = Array.ConvertAll(CashierCopies, Sparse),
    };

    /// <summary>Returns the sparse number of <see cref="WithSparseNumbers"/> for a number.</summary>
    public static long SparseNumber(long number) => (long)((unchecked((ulong)number * Spread) & Mask) + 1);

    private static RemittanceNoticeRecord Sparse(RemittanceNoticeRecord n) => new(SparseNumber(n.Number), n.Site, n.Day, n.AmountMinor, n.Currency);
}
