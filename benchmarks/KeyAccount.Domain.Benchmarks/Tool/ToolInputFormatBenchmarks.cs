using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using KeyAccount.Cli;

namespace KeyAccount.Domain.Benchmarks.Tool;

/// <summary>
/// <c>keyaccount reconcile</c> on the same day written as offices save it: Chinese headers, values and site names in
/// UTF-8 (the baseline), the same in GB18030/GBK (transcoded while read), and the English day as one .xlsx workbook.
/// The row counts come from <c>KEYACCOUNT_TOOL_ROWS</c> (default 1,000,000).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LongRunConfig))]
public class ToolInputFormatBenchmarks
{
    private string utf8 = null!;
    private string gbk = null!;
    private string xlsx = null!;
    private string english = null!;

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    public static IEnumerable<int> RowCounts() => ToolDays.Rows(1_000_000);

    [GlobalSetup]
    public void Setup()
    {
        english = ToolDays.English(Rows);
        utf8 = ToolDays.ChineseUtf8(Rows);
        gbk = ToolDays.ChineseGbk(Rows);
        xlsx = Path.Combine(ToolDays.Workbook(Rows), "day.xlsx");
    }

    [Benchmark(Baseline = true)]
    public int ChineseUtf8() => Reconcile(utf8);

    [Benchmark]
    public int ChineseGbk() => Reconcile(gbk);

    [Benchmark]
    public int EnglishUtf8() => Reconcile(english);

    [Benchmark]
    public int Xlsx() => Reconcile(xlsx);

    private static int Reconcile(string path) => CliApp.Run(["reconcile", path, "--format", "json"], TextWriter.Null, TextWriter.Null);
}
