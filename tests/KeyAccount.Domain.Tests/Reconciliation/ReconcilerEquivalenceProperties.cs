using System;
using System.Linq;
using KeyAccount.Domain.Reconciliation;
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

    [Property(MaxTest = 200)]
    public Property The_direct_addressed_and_the_partitioned_joins_give_the_same_report_on_noisy_days() =>
        Prop.ForAll(ReconciliationInputs.Noisy.ToArbitrary(), input =>
            BothJoinsAgree(input, maxDegreeOfParallelism: 1));

    [Property(MaxTest = 100)]
    public Property The_direct_addressed_and_the_partitioned_joins_give_the_same_report_on_planted_days() =>
        Prop.ForAll(ReconciliationInputs.Planted.ToArbitrary(), input =>
            BothJoinsAgree(input, maxDegreeOfParallelism: 0));

    [Property(MaxTest = 100)]
    public Property Sparse_numbers_take_the_partitioned_join_and_give_the_same_report_as_LINQ() =>
        Prop.ForAll(Gen.OneOf(ReconciliationInputs.Noisy, ReconciliationInputs.Planted).Select(i => i.WithSparseNumbers()).ToArbitrary(), input =>
        {
            var linq = LinqReconciliation.Reconcile(input);
            var spread = input.Payments.Select(p => p.Reference).Distinct().Count() < 2 || !Fits(input, force: false);
            var auto = input.Reconcile(maxDegreeOfParallelism: 1);
            var partitioned = input.Reconcile(1, ReconcilerPath.Partitioned);
            return (spread && linq.Equals(auto) && linq.Equals(partitioned))
                .Label($"spread: {spread}; LINQ {linq}, auto {auto}, partitioned {partitioned}");
        });

    [Fact]
    public void Serial_numbers_take_the_direct_addressed_join_and_the_same_day_with_sparse_numbers_the_partitioned_one()
    {
        var dense = ReconciliationData.Generate(5_000, seed: 3, discrepancyRate: 0.05);
        var sparse = dense.WithSparseNumbers();

        Assert.True(Fits(dense, force: false));
        Assert.False(Fits(sparse, force: false));
        Assert.False(Fits(sparse, force: true));
        var report = dense.Reconcile();
        Assert.Equal(LinqReconciliation.Reconcile(dense), report);
        Assert.Equal(report.DiscrepancyCount, sparse.Reconcile().DiscrepancyCount);
        Assert.Equal(report.MatchedCount, sparse.Reconcile().MatchedCount);
    }

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
        Assert.Equal(parallel, input.Reconcile(2, ReconcilerPath.Partitioned));
        Assert.Equal(parallel, input.Reconcile(1, ReconcilerPath.Partitioned));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Both_joins_on_several_cores_agree_with_LINQ_on_sparse_and_serial_numbers_with_copies_outside_the_payments_range(bool partitionedJoin)
    {
        var path = partitionedJoin ? ReconcilerPath.Partitioned : ReconcilerPath.Dense;
        // 70,000 payments: every pass of either join runs on several cores; the copies of the first and last numbers
        // lose their payments, so copies lie outside the payments' range, and one of them is duplicated.
        var day = ReconciliationData.Generate(70_000, seed: 5, discrepancyRate: 0.05);
        var numbers = day.Payments.Select(p => p.Reference).ToArray();
        var (first, last) = (numbers.Min(), numbers.Max());
        var input = day with
        {
            Payments = [.. day.Payments.Where(p => p.Reference != first && p.Reference != last)],
            ClerkCopies = [.. day.ClerkCopies, new RemittanceNoticeRecord(last + 1, 0, ReconciliationData.Day, 100, CurrencyCode.CNY), new RemittanceNoticeRecord(last + 1, 1, ReconciliationData.Day, 100, CurrencyCode.CNY)],
        };

        foreach (var candidate in new[] { input, input.WithSparseNumbers() })
        {
            var linq = LinqReconciliation.Reconcile(candidate);
            Assert.Equal(linq, candidate.Reconcile(2, path));
            Assert.Equal(linq, candidate.Reconcile(1, path));
        }
    }

    [Fact]
    public void An_invalid_record_in_a_parallel_chunk_is_reported_on_the_calling_thread()
    {
        var input = ReconciliationData.Generate(70_000, seed: 11);
        input.CashierCopies[^1] = new RemittanceNoticeRecord(1, 99, ReconciliationData.Day, 100, CurrencyCode.CNY);

        var error = Assert.Throws<System.ArgumentException>(() => input.Reconcile(2));

        Assert.Contains($"cashier's copy {input.CashierCopies.Length - 1}", error.Message, System.StringComparison.Ordinal);
    }

    private static bool Fits(ReconciliationInput input, bool force) =>
        DenseJoin.Fits(PaymentScan.Of(input.Payments, 0, input.SiteModes.Length), input.Payments.Length, input.ClerkCopies.Length, input.CashierCopies.Length, force);

    private static Property BothJoinsAgree(ReconciliationInput input, int maxDegreeOfParallelism)
    {
        var partitioned = input.Reconcile(maxDegreeOfParallelism, ReconcilerPath.Partitioned);
        var dense = input.Reconcile(maxDegreeOfParallelism, ReconcilerPath.Dense);
        var linq = LinqReconciliation.Reconcile(input);
        return (partitioned.Equals(dense) && linq.Equals(dense) && (input.Payments.Length == 0 || Fits(input, force: true)))
            .Label($"partitioned {partitioned}, direct-addressed {dense}, LINQ {linq}");
    }

    private static Property Equal(Domain.Reconciliation.ReconciliationReport expected, Domain.Reconciliation.ReconciliationReport actual) =>
        expected.Equals(actual).Label($"expected {expected}, got {actual}");
}
