using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Testing.Generators.Reconciliation;
using NodaTime;

namespace KeyAccount.Domain.Comparisons;

/// <summary>
/// The sales day the benchmarks and the equivalence tests race on: the test kit's generator (payments on several
/// sites, each with a clerk's and a cashier's copy, planted discrepancies of every kind, shuffled, fixed seed), in the
/// form the LINQ and DuckDB reconciliations read.
/// </summary>
internal static class ReconciliationData
{
    public static readonly int Day = DayNumbers.Of(new LocalDate(2025, 3, 3));

    public static ReconciliationInput Generate(int payments, int seed, double discrepancyRate = 0.01, int sites = 20)
    {
        var day = ReconciliationGenerators.Generate(payments, seed, discrepancyRate, sites);
        return new ReconciliationInput(day.Payments, day.ClerkCopies, day.CashierCopies, day.SiteModes);
    }
}
