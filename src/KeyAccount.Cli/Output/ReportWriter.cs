using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using KeyAccount.Cli.Input;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Cli.Output;

/// <summary>Prints a reconciliation report as a readable table, JSON, CSV or Markdown. Sites are shown by their
/// codes from the input; amounts in units with two decimals.</summary>
internal static class ReportWriter
{
    /// <summary>The formats.</summary>
    public static readonly string[] Formats = ["table", "json", "csv", "markdown"];

    /// <summary>The two groups of matched totals, in the order every format prints them.</summary>
    private static readonly string[] TotalGroups = ["channel", "collector"];

    /// <summary>Writes a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="day">The input, for the site codes and modes.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ReconciliationReport report, DayInput day, string format, TextWriter writer)
    {
        switch (format)
        {
            case "json":
                WriteJson(report, day, writer);
                break;
            case "csv":
                WriteCsv(report, day, writer);
                break;
            case "markdown":
                WriteMarkdown(report, day, writer);
                break;
            default:
                WriteTable(report, day, writer);
                break;
        }
    }

    /// <summary>Formats minor units as an amount with two decimals, e.g. <c>-1234.05</c>.</summary>
    /// <param name="minor">The minor units.</param>
    /// <returns>The text.</returns>
    public static string Amount(long minor)
    {
        var abs = minor < 0 ? -(decimal)minor : minor;
        return (minor < 0 ? "-" : string.Empty) + (abs / 100m).ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static string Date(int day) => DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Summary(ReconciliationReport report) =>
        string.Create(CultureInfo.InvariantCulture, $"{report.Days.Length} site-days, {report.MatchedCount} matched, {report.DiscrepancyCount} discrepancies: {(report.IsBalanced ? "BALANCED" : "NOT BALANCED")}");

    private static void WriteTable(ReconciliationReport report, DayInput day, TextWriter w)
    {
        w.WriteLine("Day-end reconciliation (日日平帐)");
        w.WriteLine(Summary(report));
        w.WriteLine();
        Table(w, "Sites", ["site", "mode", "date", "matched", "discrepancies", "status"], report.Days.Select(d => new[]
        {
            day.SiteCodes[d.Site], Vocabulary.Name(day.SiteModes[d.Site]), Date(d.Day), Num(d.MatchedCount), Num(d.Discrepancies.Length), d.IsBalanced ? "balanced" : "to explain",
        }));
        foreach (var group in TotalGroups)
        {
            Table(w, $"Matched totals by {group}", ["site", "date", group, "currency", "count", "amount"], report.Days.SelectMany(d => Totals(d, group).Select(t => new[]
            {
                day.SiteCodes[d.Site], Date(d.Day), t.Item, t.Currency, Num(t.Count), Amount(t.AmountMinor),
            })));
        }

        Table(w, "Discrepancies", ["site", "date", "kind", "notice_no"], Discrepancies(report).Select(x => new[]
        {
            day.SiteCodes[x.Site], Date(x.Day), Vocabulary.Name(x.Kind), Num(x.Reference),
        }));
    }

    private static void Table(TextWriter w, string title, string[] header, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        w.WriteLine(title);
        if (all.Count == 0)
        {
            w.WriteLine("  (none)");
            w.WriteLine();
            return;
        }

        var widths = header.Select((h, i) => Math.Max(h.Length, all.Max(r => Width(r[i])))).ToArray();
        void Row(string[] cells) =>
            w.WriteLine("  " + string.Join("  ", cells.Select((c, i) => IsNumeric(header[i]) ? Pad(c, widths[i], left: true) : Pad(c, widths[i], left: false))).TrimEnd());
        Row(header);
        w.WriteLine("  " + string.Join("  ", widths.Select(n => new string('-', n))));
        foreach (var r in all)
        {
            Row(r);
        }

        w.WriteLine();
    }

    private static bool IsNumeric(string column) => column is "matched" or "discrepancies" or "count" or "amount" or "notice_no";

    // East Asian characters take two columns in a terminal.
    private static int Width(string s) => s.Sum(c => c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFF60')) ? 2 : 1);

    private static string Pad(string s, int width, bool left)
    {
        var fill = new string(' ', Math.Max(0, width - Width(s)));
        return left ? fill + s : s + fill;
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<Discrepancy> Discrepancies(ReconciliationReport report) => report.Days.SelectMany(d => d.Discrepancies);

    /// <summary>The matched totals of a site-day in one group (by channel or by collector), as printed.</summary>
    private static IEnumerable<Total> Totals(SiteDayReconciliation d, string group) => group == "channel"
        ? d.ByChannel.Select(t => new Total(Vocabulary.Name(t.Channel), t.Currency.ToString(), t.Count, t.AmountMinor))
        : d.ByCollector.Select(t => new Total(Vocabulary.Name(t.Collector), t.Currency.ToString(), t.Count, t.AmountMinor));

    private static void WriteJson(ReconciliationReport report, DayInput day, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteBoolean("balanced", report.IsBalanced);
            w.WriteNumber("matched", report.MatchedCount);
            w.WriteNumber("discrepancies", report.DiscrepancyCount);
            w.WriteStartArray("siteDays");
            foreach (var d in report.Days)
            {
                w.WriteStartObject();
                w.WriteString("site", day.SiteCodes[d.Site]);
                w.WriteString("salesMode", Vocabulary.Name(day.SiteModes[d.Site]));
                w.WriteString("date", Date(d.Day));
                w.WriteNumber("matched", d.MatchedCount);
                w.WriteBoolean("balanced", d.IsBalanced);
                foreach (var group in TotalGroups)
                {
                    w.WriteStartArray(group == "channel" ? "byChannel" : "byCollector");
                    foreach (var t in Totals(d, group))
                    {
                        w.WriteStartObject();
                        w.WriteString(group, t.Item);
                        w.WriteString("currency", t.Currency);
                        w.WriteNumber("count", t.Count);
                        w.WriteString("amount", Amount(t.AmountMinor));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }

                w.WriteStartArray("discrepancies");
                foreach (var x in d.Discrepancies)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", Vocabulary.Name(x.Kind));
                    w.WriteNumber("noticeNo", x.Reference);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteCsv(ReconciliationReport report, DayInput day, TextWriter w)
    {
        w.WriteLine("site,date,line,item,currency,count,amount,notice_no");
        foreach (var d in report.Days)
        {
            var site = Csv(day.SiteCodes[d.Site]);
            var date = Date(d.Day);
            w.WriteLine($"{site},{date},matched,,,{Num(d.MatchedCount)},,");
            foreach (var group in TotalGroups)
            {
                foreach (var t in Totals(d, group))
                {
                    w.WriteLine($"{site},{date},{group},{t.Item},{t.Currency},{Num(t.Count)},{Amount(t.AmountMinor)},");
                }
            }

            foreach (var x in d.Discrepancies)
            {
                w.WriteLine($"{site},{date},discrepancy,{Vocabulary.Name(x.Kind)},,,,{Num(x.Reference)}");
            }
        }
    }

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void WriteMarkdown(ReconciliationReport report, DayInput day, TextWriter w)
    {
        w.WriteLine("# Day-end reconciliation");
        w.WriteLine();
        w.WriteLine(Summary(report));
        foreach (var d in report.Days)
        {
            w.WriteLine();
            w.WriteLine($"## {Md(day.SiteCodes[d.Site])} ({Vocabulary.Name(day.SiteModes[d.Site])}), {Date(d.Day)}: {(d.IsBalanced ? "balanced" : "to explain")}");
            w.WriteLine();
            w.WriteLine($"Matched payments: {Num(d.MatchedCount)}");
            foreach (var group in TotalGroups)
            {
                w.WriteLine();
                w.WriteLine($"| {group} | currency | count | amount |");
                w.WriteLine("| --- | --- | ---: | ---: |");
                foreach (var t in Totals(d, group))
                {
                    w.WriteLine($"| {t.Item} | {t.Currency} | {Num(t.Count)} | {Amount(t.AmountMinor)} |");
                }
            }

            if (!d.Discrepancies.IsEmpty)
            {
                w.WriteLine();
                w.WriteLine("| discrepancy | notice_no |");
                w.WriteLine("| --- | ---: |");
                foreach (var x in d.Discrepancies)
                {
                    w.WriteLine($"| {Vocabulary.Name(x.Kind)} | {Num(x.Reference)} |");
                }
            }
        }
    }

    private static string Md(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>One matched total as printed: the channel or collector, the currency code, the count and the amount.</summary>
    private readonly record struct Total(string Item, string Currency, long Count, long AmountMinor);
}
