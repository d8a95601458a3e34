using System;
using System.Collections.Generic;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;

namespace KeyAccount.Domain.Testing.Generators.Reconciliation;

/// <summary>
/// One day of input for the <see cref="Reconciler"/>: the payments, both sets of notice copies, the sites' sales
/// modes, and the discrepancies the generator planted on purpose.
/// </summary>
/// <remarks>The arrays are the generator's own; equality compares them by reference, as for any record.</remarks>
/// <param name="Payments">The payments.</param>
/// <param name="ClerkCopies">The project clerk's copies of the remittance notices.</param>
/// <param name="CashierCopies">The cashier's copies of the remittance notices.</param>
/// <param name="SiteModes">The sales mode of each site, indexed by the records' site numbers.</param>
/// <param name="Planted">
/// The discrepancies planted on purpose, one per spoiled payment, by kind and notice number; empty for a balanced day
/// and for days whose records are drawn at random (<see cref="ReconciliationGenerators.Noisy"/>), whose discrepancies
/// nobody planted.
/// </param>
public sealed record ReconciliationDay(
    PaymentRecord[] Payments,
    RemittanceNoticeRecord[] ClerkCopies,
    RemittanceNoticeRecord[] CashierCopies,
    SalesMode[] SiteModes,
    IReadOnlyList<ReportedDiscrepancy> Planted)
{
    /// <summary>Reconciles the day with the library's reconciler.</summary>
    /// <param name="maxDegreeOfParallelism">The most cores to use; 0 for all of them, 1 for the calling thread only.</param>
    /// <returns>The report.</returns>
    public ReconciliationReport Reconcile(int maxDegreeOfParallelism = 0) =>
        Reconciler.Reconcile(Payments, ClerkCopies, CashierCopies, SiteModes, maxDegreeOfParallelism);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Payments.Length} payment(s), {ClerkCopies.Length} clerk's and {CashierCopies.Length} cashier's copies on {SiteModes.Length} site(s), {Planted.Count} planted discrepancy(ies)";

    /// <summary>Returns the same day with its payments and copies in other orders (the same arrays are not changed).</summary>
    /// <param name="random">The source of the order.</param>
    /// <returns>The shuffled day.</returns>
    internal ReconciliationDay ShuffledBy(Random random)
    {
        var payments = (PaymentRecord[])Payments.Clone();
        var clerk = (RemittanceNoticeRecord[])ClerkCopies.Clone();
        var cashier = (RemittanceNoticeRecord[])CashierCopies.Clone();
        random.Shuffle(payments);
        random.Shuffle(clerk);
        random.Shuffle(cashier);
        return this with { Payments = payments, ClerkCopies = clerk, CashierCopies = cashier };
    }
}
