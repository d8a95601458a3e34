using BenchmarkDotNet.Attributes;
using KeyAccount.Domain.Comparisons;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Domain.Benchmarks;

/// <summary>
/// Day-end reconciliation (REC-05) side by side: plain LINQ, the library's reconciler, the same query on DuckDB with
/// and without loading the tables, and a single streaming pass over the input as the memory-bound floor. Each row is
/// a payment with two notice copies; about 1 % of the payments carry a planted discrepancy of one of the ten kinds.
/// </summary>
[MemoryDiagnoser]
public class ReconciliationBenchmarks
{
    private ReconciliationInput input = null!;
    private DuckDbReconciliation loaded = null!;

    /// <summary>Gets or sets the number of payments.</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    /// <summary>Gets the numbers of payments measured: 10^4, 10^5 and 10^6 (10^4 only in CI's smoke run).</summary>
    public static int[] RowCounts => Smoke.IsOn ? [10_000] : [10_000, 100_000, 1_000_000];

    /// <summary>Gets or sets how the notice numbers of the day are spread: serial (流水号, the generator's
    /// 10,000,000, 10,000,001, …; the reconciler's direct-addressed join) or sparse (the same numbers sent one to one
    /// across 2^59; its partitioned hash join).</summary>
    [Params(Numbers.Serial, Numbers.Sparse)]
    public Numbers Notices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        input = ReconciliationData.Generate(Rows, seed: 20250303);
        if (Notices == Numbers.Sparse)
        {
            input = input.WithSparseNumbers();
        }

        loaded = new DuckDbReconciliation();
        loaded.Load(input);
    }

    [GlobalCleanup]
    public void Cleanup() => loaded.Dispose();

    [Benchmark(Baseline = true)]
    public ReconciliationReport Linq() => LinqReconciliation.Reconcile(input);

    [Benchmark]
    public ReconciliationReport Reconciler() => input.Reconcile();

    [Benchmark]
    public ReconciliationReport DuckDbQuery() => loaded.Run();

    [Benchmark]
    public ReconciliationReport DuckDbLoadAndQuery() => DuckDbReconciliation.Reconcile(input);

    [Benchmark]
    public long Floor() => ScanFloor.Sum(input);
}
