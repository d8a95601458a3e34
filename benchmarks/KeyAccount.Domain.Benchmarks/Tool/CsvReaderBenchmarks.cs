using System.Collections.Generic;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using KeyAccount.Cli.Input;
using nietras.SeparatedValues;
using Sylvan.Data.Csv;

namespace KeyAccount.Domain.Benchmarks.Tool;

/// <summary>
/// The CSV layer over the generated day's payments and notices: Sylvan.Data.Csv (the library the tool reads CSV with)
/// and Sep, each on one thread visiting every field of every row, parsing the notice number and summing the fields'
/// lengths so that no reader can skip work; and the tool's own reading of the day into its records (sites, then
/// payments and notices, every field checked) in one piece on one thread (<c>ToolWhole</c>) and in parts on every core
/// (<c>ToolParted</c>), which tells whether reading in parts pays. The row counts come from <c>KEYACCOUNT_TOOL_ROWS</c>
/// (default 1,000,000 and 10,000,000).
/// </summary>
[MemoryDiagnoser]
public class CsvReaderBenchmarks
{
    private string day = null!;
    private string[] files = null!;

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    public static IEnumerable<int> RowCounts() => ToolDays.Rows(1_000_000, 10_000_000);

    [GlobalSetup]
    public void Setup()
    {
        day = ToolDays.English(Rows);
        files = [Path.Combine(day, "payments.csv"), Path.Combine(day, "notices.csv")];
    }

    [Benchmark(Baseline = true)]
    public long Sylvan()
    {
        long sum = 0;
        foreach (var file in files)
        {
            using var text = File.OpenText(file);
            using var reader = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
            while (reader.Read())
            {
                long.TryParse(reader.GetFieldSpan(0), NumberStyles.None, CultureInfo.InvariantCulture, out var number);
                sum += number;
                for (var i = 1; i < reader.FieldCount; i++)
                {
                    sum += reader.GetFieldSpan(i).Length;
                }
            }
        }

        return sum;
    }

    [Benchmark]
    public int ToolWhole() => ReadDay(long.MaxValue);

    [Benchmark]
    public int ToolParted() => ReadDay(DayReader.PartedThreshold);

    [Benchmark]
    public long Sep()
    {
        long sum = 0;
        foreach (var file in files)
        {
            using var reader = nietras.SeparatedValues.Sep.Reader(o => o with { HasHeader = true }).FromFile(file);
            foreach (var row in reader)
            {
                long.TryParse(row[0].Span, NumberStyles.None, CultureInfo.InvariantCulture, out var number);
                sum += number;
                for (var i = 1; i < row.ColCount; i++)
                {
                    sum += row[i].Span.Length;
                }
            }
        }

        return sum;
    }

    private int ReadDay(long partedThreshold)
    {
        var saved = DayReader.PartedThreshold;
        DayReader.PartedThreshold = partedThreshold;
        try
        {
            var (read, _) = DayReader.Read([day], new KeyAccount.Cli.CliConsole(TextWriter.Null, TextWriter.Null));
            return read!.PaymentCount + read.NoticeCount;
        }
        finally
        {
            DayReader.PartedThreshold = saved;
        }
    }
}
