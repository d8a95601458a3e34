using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using KeyAccount.Cli;

namespace KeyAccount.Domain.Benchmarks.Tool;

/// <summary>
/// <c>keyaccount reconcile DIR --format json</c> on a day made by <c>generate-day</c> (about 1 % planted discrepancies
/// on 20 sites), from the three CSV files to the report (read, reconcile, locate each discrepancy's records, write the
/// JSON), against DuckDB reading the same files with <c>read_csv</c> and running the equivalent SQL. The row counts
/// come from <c>KEYACCOUNT_TOOL_ROWS</c> (default 1,000,000 and 10,000,000).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LongRunConfig))]
public class ToolReconcileBenchmarks
{
    private string day = null!;

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    public static IEnumerable<int> RowCounts() => ToolDays.Rows(1_000_000, 10_000_000);

    [GlobalSetup]
    public void Setup() => day = ToolDays.English(Rows);

    [Benchmark(Baseline = true)]
    public int DuckDb() => DuckDbCsvReconciliation.Reconcile(day).Count;

    [Benchmark]
    public int Tool() => CliApp.Run(["reconcile", day, "--format", "json"], TextWriter.Null, TextWriter.Null);
}
