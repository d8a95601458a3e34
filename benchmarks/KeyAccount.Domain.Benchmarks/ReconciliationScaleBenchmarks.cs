using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KeyAccount.Domain.Comparisons;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Domain.Benchmarks;

/// <summary>
/// The scale figure of REC-05: ten million payments with two notice copies each, reconciled in one process. Measured
/// with the monitoring strategy (a few single runs, no pilot); LINQ and DuckDB are left out at this size. The peak
/// memory of the same run is measured by <c>-- --peak-memory</c> (see docs/performance.md).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ReconciliationScaleBenchmarks
{
    private ReconciliationInput input = null!;

    /// <summary>Gets or sets the number of payments.</summary>
    [Params(10_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => input = ReconciliationData.Generate(Rows, seed: 20250303);

    [Benchmark(Baseline = true)]
    public long Floor() => ScanFloor.Sum(input);

    [Benchmark]
    public ReconciliationReport Reconciler() => input.Reconcile();
}
