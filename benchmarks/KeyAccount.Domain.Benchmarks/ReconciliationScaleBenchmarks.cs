using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Engines;
using KeyAccount.Domain.Comparisons;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Domain.Benchmarks;

/// <summary>
/// The scale figure of REC-05: ten million payments with two notice copies each, reconciled in one process. Measured
/// with the monitoring strategy (a few single runs, no pilot) unless a job is named on the command line (so that
/// <c>--job dry</c> in CI runs each method once); LINQ and DuckDB are left out at this size. The peak memory of the
/// same reconciliation is measured by <c>-- --peak-memory</c> (see docs/performance.md).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScaleConfig))]
public class ReconciliationScaleBenchmarks
{
    private ReconciliationInput input = null!;

    /// <summary>Gets or sets the number of payments.</summary>
    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    /// <summary>Gets the number of payments: 10^7 (10^5 in CI's smoke run).</summary>
    public static int[] RowCounts => Smoke.IsOn ? [100_000] : [10_000_000];

    [GlobalSetup]
    public void Setup() => input = ReconciliationData.Generate(Rows, seed: 20250303);

    [Benchmark(Baseline = true)]
    public long Floor() => ScanFloor.Sum(input);

    [Benchmark]
    public ReconciliationReport Reconciler() => input.Reconcile();

    /// <summary>Adds the monitoring job when the command line names no job of its own.</summary>
    private sealed class ScaleConfig : ManualConfig
    {
        public ScaleConfig()
        {
            var args = Environment.GetCommandLineArgs();
            if (!args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal)))
            {
                AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
            }
        }
    }
}
