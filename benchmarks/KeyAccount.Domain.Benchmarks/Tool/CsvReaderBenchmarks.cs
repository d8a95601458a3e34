using System.Collections.Generic;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Attributes;
using KeyAccount.Cli.Input;
using nietras.SeparatedValues;
using Sylvan.Data.Csv;

namespace KeyAccount.Domain.Benchmarks.Tool;

/// <summary>
/// The CSV layer alone, on one thread, over the generated day's payments and notices: the tool's hand-written reader
/// (raw UTF-8 lines, fields split in place) against Sep and Sylvan.Data.Csv (both decode to UTF-16). Each visits every
/// field of every row, parses the notice number and sums the fields' lengths, so that no reader can skip work.
/// The row counts come from <c>KEYACCOUNT_TOOL_ROWS</c> (default 1,000,000 and 10,000,000).
/// </summary>
[MemoryDiagnoser]
public class CsvReaderBenchmarks
{
    private string[] files = null!;

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    public static IEnumerable<int> RowCounts() => ToolDays.Rows(1_000_000, 10_000_000);

    [GlobalSetup]
    public void Setup()
    {
        var day = ToolDays.English(Rows);
        files = [Path.Combine(day, "payments.csv"), Path.Combine(day, "notices.csv")];
    }

    [Benchmark(Baseline = true)]
    public long Hand()
    {
        long sum = 0;
        var csv = new CsvLine();
        foreach (var file in files)
        {
            using var lines = new Utf8LineReader(File.OpenRead(file));
            lines.TryReadLine(out _);
            while (lines.TryReadLine(out var line))
            {
                if (!csv.TrySplit(line, out _))
                {
                    continue;
                }

                Vocabulary.TryNoticeNo(csv[0], out var number);
                sum += number;
                for (var i = 1; i < csv.Count; i++)
                {
                    sum += csv[i].Length;
                }
            }
        }

        return sum;
    }

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

    [Benchmark]
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
}
