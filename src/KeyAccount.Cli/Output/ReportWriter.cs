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

/// <summary>Prints a reconciliation report as a readable table, JSON, CSV, Markdown or a self-contained HTML page. Sites are shown by their
/// codes from the input; amounts in units with two decimals.</summary>
internal static class ReportWriter
{
    /// <summary>The formats.</summary>
    public static readonly string[] Formats = ["table", "json", "csv", "markdown", "html"];

    /// <summary>The two groups of matched totals, in the order every format prints them.</summary>
    internal static readonly string[] TotalGroups = ["channel", "collector"];

    /// <summary>Writes a report.</summary>
    /// <param name="context">The report, the input and the records behind each discrepancy, and the language.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(ReportContext context, string format, TextWriter writer)
    {
        switch (format)
        {
            case "json":
                WriteJson(context, writer);
                break;
            case "csv":
                WriteCsv(context.Report, context.Day, writer);
                break;
            case "markdown":
                WriteMarkdown(context, writer);
                break;
            case "html":
                HtmlReport.Write(context, writer);
                break;
            default:
                WriteTable(context, writer);
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

    /// <summary>Formats a day number as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="day">The day number.</param>
    /// <returns>The date.</returns>
    internal static string Date(int day) => DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteTable(ReportContext c, TextWriter w)
    {
        var (report, day, t) = (c.Report, c.Day, c.Language);
        w.WriteLine(t["title"]);
        w.WriteLine(t.Summary(report));
        w.WriteLine();
        Table(w, t["sites"], [t["site"], t["mode"], t["date"], t["matched"], t["discrepancies"], t["status"]], [3, 4], report.Days.Select(d => new[]
        {
            day.SiteCodes[d.Site], t[Vocabulary.Name(day.SiteModes[d.Site])], Date(d.Day), Grouped(d.MatchedCount), Grouped(d.Discrepancies.Length), t[d.IsBalanced ? "balanced" : "to_explain"],
        }), t["none"]);
        foreach (var group in TotalGroups)
        {
            Table(w, t["totals_" + group], [t["site"], t["date"], t[group], t["currency"], t["count"], t["amount"]], [4, 5], report.Days.SelectMany(d => Totals(d, group).Select(x => new[]
            {
                day.SiteCodes[d.Site], Date(d.Day), t[x.Item], x.Currency, Grouped(x.Count), c.Money(x.AmountMinor),
            })), t["none"]);
        }

        Table(w, t["discrepancies_title"], [t["site"], t["date"], t["kind"], t["notice_no"], t["payment"], t["clerk_copy"], t["cashier_copy"], t["records"]], [3, 4, 5, 6], Discrepancies(report).Select(x => new[]
        {
            day.SiteCodes[x.Site], Date(x.Day), t.Kind(x.Kind), Num(x.Reference),
            c.Amounts(x.Reference, EntryKind.Payment), c.Amounts(x.Reference, EntryKind.ClerkCopy), c.Amounts(x.Reference, EntryKind.CashierCopy),
            string.Join(", ", c.RecordsOf(x.Reference).Select(r => r.At)),
        }), t["none"]);
        var kinds = Discrepancies(report).Select(x => x.Kind).Distinct().Order().ToList();
        if (kinds.Count > 0)
        {
            w.WriteLine(t["hints_title"]);
            foreach (var kind in kinds)
            {
                w.WriteLine($"  {t.Kind(kind)}: {t.Hint(kind)}");
            }

            w.WriteLine();
        }

        if (day.Negatives.Count > 0)
        {
            Table(w, t["negatives_title"], [t["notice_no"], t["record"], t["amount"], t["records"]], [0, 2], day.Negatives.Select(r => new[]
            {
                Num(r.NoticeNo), t[SideKey(r.Side)], c.Money(r.AmountMinor), r.At,
            }), t["none"]);
        }
    }

    private static void Table(TextWriter w, string title, string[] header, int[] numeric, IEnumerable<string[]> rows, string none)
    {
        var all = rows.ToList();
        w.WriteLine(title);
        if (all.Count == 0)
        {
            w.WriteLine("  " + none);
            w.WriteLine();
            return;
        }

        var widths = header.Select((h, i) => Math.Max(Width(h), all.Max(r => Width(r[i])))).ToArray();
        void Row(string[] cells) =>
            w.WriteLine("  " + string.Join("  ", cells.Select((c, i) => numeric.Contains(i) ? Pad(c, widths[i], left: true) : Pad(c, widths[i], left: false))).TrimEnd());
        Row(header);
        w.WriteLine("  " + string.Join("  ", widths.Select(n => new string('-', n))));
        foreach (var r in all)
        {
            Row(r);
        }

        w.WriteLine();
    }

    // East Asian characters take two columns in a terminal.
    private static int Width(string s) => s.Sum(c => c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFF60')) ? 2 : 1);

    private static string Pad(string s, int width, bool left)
    {
        var fill = new string(' ', Math.Max(0, width - Width(s)));
        return left ? fill + s : s + fill;
    }

    /// <summary>Formats a whole number without separators (a notice number).</summary>
    /// <param name="n">The number.</param>
    /// <returns>The text.</returns>
    internal static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a count with thousands separators.</summary>
    /// <param name="n">The count.</param>
    /// <returns>The text.</returns>
    internal static string Grouped(long n) => n.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>Gets the label key of a side: payment, clerk's copy or cashier's copy.</summary>
    /// <param name="side">The side.</param>
    /// <returns>The key.</returns>
    internal static string SideKey(EntryKind side) => side switch
    {
        EntryKind.Payment => "payment",
        EntryKind.ClerkCopy => "clerk_copy",
        _ => "cashier_copy",
    };

    private static string SideName(EntryKind side) => side == EntryKind.Payment ? "payment" : Vocabulary.Name(side);

    /// <summary>Gets every discrepancy of a report, in its order (site, date, kind, notice number).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The discrepancies.</returns>
    internal static IEnumerable<Discrepancy> Discrepancies(ReconciliationReport report) => report.Days.SelectMany(d => d.Discrepancies);

    /// <summary>Gets the matched totals of a site-day in one group (by channel or by collector), as printed.</summary>
    /// <param name="d">The site-day.</param>
    /// <param name="group">channel or collector.</param>
    /// <returns>The totals.</returns>
    internal static IEnumerable<Total> Totals(SiteDayReconciliation d, string group) => group == "channel"
        ? d.ByChannel.Select(t => new Total(Vocabulary.Name(t.Channel), t.Currency.ToString(), t.Count, t.AmountMinor))
        : d.ByCollector.Select(t => new Total(Vocabulary.Name(t.Collector), t.Currency.ToString(), t.Count, t.AmountMinor));

    private static void WriteJson(ReportContext c, TextWriter writer)
    {
        var (report, day) = (c.Report, c.Day);
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
                    Drain(w, buffer, writer);
                    w.WriteStartObject();
                    w.WriteString("kind", Vocabulary.Name(x.Kind));
                    w.WriteNumber("noticeNo", x.Reference);
                    w.WriteString("label", c.Language.Kind(x.Kind));
                    w.WriteString("hint", c.Language.Hint(x.Kind));
                    w.WriteStartArray("records");
                    foreach (var r in c.RecordsOf(x.Reference))
                    {
                        WriteRecord(w, r);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("negativeAmounts");
            foreach (var r in day.Negatives)
            {
                Drain(w, buffer, writer);
                WriteRecord(w, r);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            Drain(w, buffer, writer, always: true);
        }

        writer.WriteLine();
    }

    // Passes the JSON written so far on to the output once it passes 64 KiB (whole tokens only, so no UTF-8 character
    // is cut), so that a report of a hundred thousand discrepancies is never held whole in memory.
    private static void Drain(Utf8JsonWriter w, MemoryStream buffer, TextWriter writer, bool always = false)
    {
        if (!always && w.BytesPending + buffer.Length < 1 << 16)
        {
            return;
        }

        w.Flush();
        writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }

    private static void WriteRecord(Utf8JsonWriter w, SourceRecord r)
    {
        w.WriteStartObject();
        w.WriteString("side", SideName(r.Side));
        w.WriteNumber("noticeNo", r.NoticeNo);
        w.WriteString("amount", Amount(r.AmountMinor));
        w.WriteString("currency", r.Currency.ToString());
        w.WriteBoolean("negative", r.AmountMinor < 0);
        w.WriteString("file", r.File);
        w.WriteNumber("line", r.Line);
        w.WriteEndObject();
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

    private static void WriteMarkdown(ReportContext c, TextWriter w)
    {
        var (report, day, t) = (c.Report, c.Day, c.Language);
        w.WriteLine($"# {t["title"]}");
        w.WriteLine();
        w.WriteLine(t.Summary(report));
        foreach (var d in report.Days)
        {
            w.WriteLine();
            w.WriteLine($"## {Md(day.SiteCodes[d.Site])} ({t[Vocabulary.Name(day.SiteModes[d.Site])]}), {Date(d.Day)}: {t[d.IsBalanced ? "balanced" : "to_explain"]}");
            w.WriteLine();
            w.WriteLine($"{t["matched_payments"]}: {Grouped(d.MatchedCount)}");
            foreach (var group in TotalGroups)
            {
                w.WriteLine();
                w.WriteLine($"| {t[group]} | {t["currency"]} | {t["count"]} | {t["amount"]} |");
                w.WriteLine("| --- | --- | ---: | ---: |");
                foreach (var x in Totals(d, group))
                {
                    w.WriteLine($"| {t[x.Item]} | {x.Currency} | {Grouped(x.Count)} | {c.Money(x.AmountMinor)} |");
                }
            }

            if (!d.Discrepancies.IsEmpty)
            {
                w.WriteLine();
                w.WriteLine($"| {t["kind"]} | {t["notice_no"]} | {t["payment"]} | {t["clerk_copy"]} | {t["cashier_copy"]} | {t["records"]} |");
                w.WriteLine("| --- | ---: | ---: | ---: | ---: | --- |");
                foreach (var x in d.Discrepancies)
                {
                    var at = string.Join(", ", c.RecordsOf(x.Reference).Select(r => $"`{Md(r.At)}`"));
                    w.WriteLine($"| {t.Kind(x.Kind)} | {Num(x.Reference)} | {c.Amounts(x.Reference, EntryKind.Payment)} | {c.Amounts(x.Reference, EntryKind.ClerkCopy)} | {c.Amounts(x.Reference, EntryKind.CashierCopy)} | {at} |");
                }

                w.WriteLine();
                foreach (var kind in d.Discrepancies.ToArray().Select(x => x.Kind).Distinct().Order())
                {
                    w.WriteLine($"- **{t.Kind(kind)}**: {t.Hint(kind)}");
                }
            }
        }

        if (day.Negatives.Count > 0)
        {
            w.WriteLine();
            w.WriteLine($"## {t["negatives_title"]}");
            w.WriteLine();
            foreach (var r in day.Negatives)
            {
                w.WriteLine($"- {Num(r.NoticeNo)} {t[SideKey(r.Side)]} {c.Money(r.AmountMinor)} `{Md(r.At)}`");
            }
        }
    }

    private static string Md(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>One matched total as printed: the channel or collector, the currency code, the count and the amount.</summary>
    internal readonly record struct Total(string Item, string Currency, long Count, long AmountMinor);
}
