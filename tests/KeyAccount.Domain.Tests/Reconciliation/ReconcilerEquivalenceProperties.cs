using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Comparisons;
using KeyAccount.Domain.Testing.Generators.Reconciliation;
using Xunit;

namespace KeyAccount.Domain.Tests.Reconciliation;

/// <summary>
/// The benchmark race is fair: the plain LINQ reconciliation, the SQL one on DuckDB and the library's reconciler give
/// the same report on any input (REC-02, REC-05).
/// </summary>
[Trait("Rule", "REC-05")]
public sealed class ReconcilerEquivalenceProperties
{
    [Property(MaxTest = 200)]
    public Property Reconciler_and_LINQ_give_the_same_report_on_noisy_days() =>
        Prop.ForAll(ReconciliationInputs.Noisy.ToArbitrary(), input =>
            Equal(LinqReconciliation.Reconcile(input), input.Reconcile(maxDegreeOfParallelism: 1)));

    [Property(MaxTest = 100)]
    public Property Reconciler_and_LINQ_give_the_same_report_on_planted_days() =>
        Prop.ForAll(ReconciliationInputs.Planted.ToArbitrary(), input =>
            Equal(LinqReconciliation.Reconcile(input), input.Reconcile()));

    [Property(MaxTest = 25)]
    public Property Reconciler_and_DuckDB_give_the_same_report() =>
        Prop.ForAll(Gen.OneOf(ReconciliationInputs.Noisy, ReconciliationInputs.Planted).ToArbitrary(), input =>
            Equal(DuckDbReconciliation.Reconcile(input), input.Reconcile()));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void All_three_agree_on_a_day_large_enough_for_many_partitions(int cores)
    {
        var input = ReconciliationInputs.ToInput(ReconciliationGenerators.Generate(12_000, seed: 7, discrepancyRate: 0.05));

        var ours = input.Reconcile(cores);

        Assert.Equal(LinqReconciliation.Reconcile(input), ours);
        Assert.Equal(DuckDbReconciliation.Reconcile(input), ours);
        Assert.True(ours.DiscrepancyCount > 500);
    }

    [Fact]
    public void Counting_and_scattering_on_several_cores_gives_the_same_report_as_on_one()
    {
        var input = ReconciliationData.Generate(70_000, seed: 11, discrepancyRate: 0.02);

        var parallel = input.Reconcile(2);

        Assert.Equal(Domain.Reconciliation.Reconciler.Reconcile(input.Payments.AsSpan(), input.ClerkCopies, input.CashierCopies, input.SiteModes, 1), parallel);
        Assert.Equal(LinqReconciliation.Reconcile(input), parallel);
    }

    [Fact]
    public void An_invalid_record_in_a_parallel_chunk_is_reported_on_the_calling_thread()
    {
        var input = ReconciliationData.Generate(70_000, seed: 11);
        input.CashierCopies[^1] = new Domain.Reconciliation.RemittanceNoticeRecord(1, 99, ReconciliationData.Day, 100, Domain.Reconciliation.CurrencyCode.CNY);

        var error = Assert.Throws<System.ArgumentException>(() => input.Reconcile(2));

        Assert.Contains($"cashier's copy {input.CashierCopies.Length - 1}", error.Message, System.StringComparison.Ordinal);
    }

    private static Property Equal(Domain.Reconciliation.ReconciliationReport expected, Domain.Reconciliation.ReconciliationReport actual) =>
        expected.Equals(actual).Label($"expected {expected}, got {actual}");
}
