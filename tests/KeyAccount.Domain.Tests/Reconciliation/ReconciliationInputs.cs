using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Comparisons;
using KeyAccount.Domain.Testing.Generators.Reconciliation;
using KitDays = KeyAccount.Domain.Testing.Generators.Reconciliation.ReconciliationGenerators;

namespace KeyAccount.Domain.Tests.Reconciliation;

/// <summary>The kit's reconciliation days in the form the LINQ and DuckDB reconciliations of the benchmarks read.</summary>
internal static class ReconciliationInputs
{
    public static Gen<ReconciliationInput> Noisy => KitDays.Noisy.Select(ToInput);

    public static Gen<ReconciliationInput> Planted => KitDays.Planted.Select(ToInput);

    public static ReconciliationInput ToInput(ReconciliationDay day) =>
        new(day.Payments, day.ClerkCopies, day.CashierCopies, day.SiteModes);
}
