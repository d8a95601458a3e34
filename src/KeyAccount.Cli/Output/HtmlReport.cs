using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using KeyAccount.Cli.Input;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Cli.Output;

/// <summary>
/// Prints a reconciliation report as one self-contained HTML page: the totals per site and day, a chart of matched
/// payments against the discrepancies of each kind (inline SVG), the discrepancy table with filters by site and kind
/// (inline script), the hints and the negative amounts. The style, the script and the chart are inside the file and
/// its content security policy forbids loading anything else, so the page opens the same from a mail attachment on a
/// machine without network access.
/// </summary>
internal static class HtmlReport
{
    private const int ChartWidth = 760;
    private const int ChartLabelWidth = 230;
    private const int ChartBarWidth = 400;
    private const int ChartRowHeight = 26;

    private const string Style = """
        body{font-family:system-ui,"WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#1f2328;background:#fff;font-size:14px}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
        .summary{font-size:15px;padding:8px 12px;border-radius:6px;display:inline-block}
        .ok{background:#dafbe1;color:#116329}.bad{background:#ffebe9;color:#82071e}
        table{border-collapse:collapse;margin:4px 0}th,td{padding:4px 10px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top}
        th{background:#f6f8fa;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        td{white-space:nowrap}td.at{font-family:ui-monospace,monospace;font-size:12px;color:#57606a}
        .neg{color:#82071e;font-weight:600}.filters{margin:8px 0;display:flex;gap:16px;align-items:center}
        select{font:inherit;padding:2px 4px}output{color:#57606a}
        svg text{font-family:inherit;font-size:13px;fill:#1f2328}dt{font-weight:600;margin-top:6px}dd{margin:2px 0 0 16px}
        """;

    // Filters the discrepancy rows by the two selects and says how many are shown; a link may preselect the filters
    // with #site=S01&kind=amount_mismatch.
    private const string Script = """
        (function () {
          var shown = document.getElementById('shown');
          if (!shown) { return; }
          var site = document.getElementById('filter-site');
          var kind = document.getElementById('filter-kind');
          var rows = document.querySelectorAll('#discrepancies tbody tr');
          var template = shown.getAttribute('data-template');
          location.hash.slice(1).split('&').forEach(function (pair) {
            var p = pair.split('=');
            var select = p[0] === 'site' ? site : p[0] === 'kind' ? kind : null;
            if (select && p.length === 2) { select.value = decodeURIComponent(p[1]); }
          });
          function group(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
          function apply() {
            var n = 0;
            for (var i = 0; i < rows.length; i++) {
              var r = rows[i];
              var show = (!site.value || r.getAttribute('data-site') === site.value) && (!kind.value || r.getAttribute('data-kind') === kind.value);
              r.hidden = !show;
              if (show) { n++; }
            }
            shown.textContent = template.replace('{0}', group(n)).replace('{1}', group(rows.length));
          }
          site.addEventListener('change', apply);
          kind.addEventListener('change', apply);
          apply();
        })();
        """;

    /// <summary>Writes the page.</summary>
    /// <param name="c">The report, the input, the records behind each discrepancy and the language.</param>
    /// <param name="w">Where to write.</param>
    public static void Write(ReportContext c, TextWriter w)
    {
        var (report, day, t) = (c.Report, c.Day, c.Language);
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine($"<html lang=\"{t.Code}\">");
        w.WriteLine("<head>");
        w.WriteLine("<meta charset=\"utf-8\">");
        w.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">");
        w.WriteLine($"<title>{E(t["title"])}</title>");
        w.WriteLine($"<style>{Style}</style>");
        w.WriteLine("</head>");
        w.WriteLine("<body>");
        w.WriteLine($"<h1>{E(t["title"])}</h1>");
        w.WriteLine($"<p id=\"summary\" class=\"summary {(report.IsBalanced ? "ok" : "bad")}\">{E(t.Summary(report))}</p>");

        WriteSiteDays(c, w);
        WriteChart(c, w);
        foreach (var group in ReportWriter.TotalGroups)
        {
            w.WriteLine($"<h2>{E(t["totals_" + group])}</h2>");
            Table(w, $"totals-{group}", [(t["site"], false), (t["date"], false), (t[group], false), (t["currency"], false), (t["count"], true), (t["amount"], true)], report.Days.SelectMany(d => ReportWriter.Totals(d, group).Select(x => new[]
            {
                E(day.SiteCodes[d.Site]), ReportWriter.Date(d.Day), E(t[x.Item]), x.Currency, ReportWriter.Grouped(x.Count), Money(c, x.AmountMinor),
            })), t["none"]);
        }

        WriteDiscrepancies(c, w);
        if (day.Negatives.Count > 0)
        {
            w.WriteLine($"<h2>{E(t["negatives_title"])}</h2>");
            Table(w, "negatives", [(t["notice_no"], true), (t["record"], false), (t["amount"], true), (t["records"], false)], day.Negatives.Select(r => new[]
            {
                ReportWriter.Num(r.NoticeNo), E(t[ReportWriter.SideKey(r.Side)]), Money(c, r.AmountMinor), E(r.At),
            }), t["none"]);
        }

        w.WriteLine($"<script>{Script}</script>");
        w.WriteLine("</body>");
        w.WriteLine("</html>");
    }

    private static void WriteSiteDays(ReportContext c, TextWriter w)
    {
        var (report, day, t) = (c.Report, c.Day, c.Language);
        w.WriteLine($"<h2>{E(t["totals_site_day"])}</h2>");
        Table(w, "site-days", [(t["site"], false), (t["mode"], false), (t["date"], false), (t["matched"], true), (t["matched_amount"], true), (t["discrepancies"], true), (t["status"], false)], report.Days.Select(d => new[]
        {
            E(day.SiteCodes[d.Site]),
            E(t[Vocabulary.Name(day.SiteModes[d.Site])]),
            ReportWriter.Date(d.Day),
            ReportWriter.Grouped(d.MatchedCount),
            string.Join("<br>", d.ByChannel.ToArray().GroupBy(x => x.Currency).Select(g => $"{g.Key} {Money(c, g.Sum(x => x.AmountMinor))}")),
            ReportWriter.Grouped(d.Discrepancies.Length),
            E(t[d.IsBalanced ? "balanced" : "to_explain"]),
        }), t["none"]);
    }

    // One bar for the matched payments, one for each kind of discrepancy, on one linear scale; a count that is not
    // zero always gets a visible bar.
    private static void WriteChart(ReportContext c, TextWriter w)
    {
        var t = c.Language;
        var counts = ReportWriter.Discrepancies(c.Report).GroupBy(x => x.Kind).ToDictionary(g => g.Key, g => (long)g.Count());
        var bars = new List<(string Label, long Count, string Colour)> { (t["matched"], c.Report.MatchedCount, "#2da44e") };
        bars.AddRange(Enum.GetValues<DiscrepancyKind>().Select(k => (t.Kind(k), counts.GetValueOrDefault(k), "#cf222e")));
        var max = Math.Max(1, bars.Max(b => b.Count));
        var height = (bars.Count * ChartRowHeight) + 8;
        w.WriteLine($"<h2>{E(t["chart_title"])}</h2>");
        w.WriteLine(Invariant($"<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{ChartWidth}\" height=\"{height}\" viewBox=\"0 0 {ChartWidth} {height}\" role=\"img\" aria-label=\"{E(t["chart_title"])}\">"));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, count, colour) = bars[i];
            var y = (i * ChartRowHeight) + 4;
            var length = count == 0 ? 0 : Math.Max(2, (int)Math.Round(ChartBarWidth * (double)count / max));
            w.WriteLine(Invariant($"<text x=\"{ChartLabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{E(label)}</text>"));
            w.WriteLine(Invariant($"<rect x=\"{ChartLabelWidth}\" y=\"{y + 2}\" width=\"{length}\" height=\"{ChartRowHeight - 8}\" fill=\"{colour}\"><title>{E(label)}: {ReportWriter.Grouped(count)}</title></rect>"));
            w.WriteLine(Invariant($"<text x=\"{ChartLabelWidth + length + 6}\" y=\"{y + 15}\">{ReportWriter.Grouped(count)}</text>"));
        }

        w.WriteLine("</svg>");
    }

    private static void WriteDiscrepancies(ReportContext c, TextWriter w)
    {
        var (report, day, t) = (c.Report, c.Day, c.Language);
        var all = ReportWriter.Discrepancies(report).ToList();
        w.WriteLine($"<h2>{E(t["discrepancies_title"])}</h2>");
        if (all.Count == 0)
        {
            w.WriteLine($"<p>{E(t["none"])}</p>");
            return;
        }

        var sites = all.Select(x => day.SiteCodes[x.Site]).Distinct().Order(StringComparer.Ordinal);
        var kinds = all.Select(x => x.Kind).Distinct().Order().ToList();
        w.WriteLine("<div class=\"filters\">");
        w.WriteLine($"<label>{E(t["site"])} <select id=\"filter-site\"><option value=\"\">{E(t["all"])}</option>{string.Concat(sites.Select(s => $"<option value=\"{E(s)}\">{E(s)}</option>"))}</select></label>");
        w.WriteLine($"<label>{E(t["kind"])} <select id=\"filter-kind\"><option value=\"\">{E(t["all"])}</option>{string.Concat(kinds.Select(k => $"<option value=\"{Vocabulary.Name(k)}\">{E(t.Kind(k))}</option>"))}</select></label>");
        w.WriteLine($"<output id=\"shown\" data-template=\"{E(t["shown"])}\"></output>");
        w.WriteLine("</div>");
        w.WriteLine("<table id=\"discrepancies\">");
        Header(w, [(t["site"], false), (t["date"], false), (t["kind"], false), (t["notice_no"], true), (t["payment"], true), (t["clerk_copy"], true), (t["cashier_copy"], true), (t["records"], false)]);
        w.WriteLine("<tbody>");
        foreach (var x in all)
        {
            var site = E(day.SiteCodes[x.Site]);
            w.Write($"<tr data-site=\"{site}\" data-kind=\"{Vocabulary.Name(x.Kind)}\">");
            w.Write($"<td>{site}</td><td>{ReportWriter.Date(x.Day)}</td><td>{E(t.Kind(x.Kind))}</td><td class=\"n\">{ReportWriter.Num(x.Reference)}</td>");
            foreach (var side in (ReadOnlySpan<EntryKind>)[EntryKind.Payment, EntryKind.ClerkCopy, EntryKind.CashierCopy])
            {
                var amounts = c.RecordsOf(x.Reference).Where(r => r.Side == side).Select(r => Money(c, r.AmountMinor)).ToList();
                w.Write($"<td class=\"n\">{(amounts.Count == 0 ? "—" : string.Join(" / ", amounts))}</td>");
            }

            w.WriteLine($"<td class=\"at\">{string.Join("<br>", c.RecordsOf(x.Reference).Select(r => E(r.At)))}</td></tr>");
        }

        w.WriteLine("</tbody>");
        w.WriteLine("</table>");
        w.WriteLine($"<h2>{E(t["hints_title"])}</h2>");
        w.WriteLine("<dl id=\"hints\">");
        foreach (var kind in kinds)
        {
            w.WriteLine($"<dt>{E(t.Kind(kind))}</dt><dd>{E(t.Hint(kind))}</dd>");
        }

        w.WriteLine("</dl>");
    }

    private static void Table(TextWriter w, string id, (string Title, bool Numeric)[] header, IEnumerable<string[]> rows, string none)
    {
        var all = rows.ToList();
        if (all.Count == 0)
        {
            w.WriteLine($"<p>{E(none)}</p>");
            return;
        }

        w.WriteLine($"<table id=\"{id}\">");
        Header(w, header);
        w.WriteLine("<tbody>");
        foreach (var row in all)
        {
            w.WriteLine("<tr>" + string.Concat(row.Select((cell, i) => header[i].Numeric ? $"<td class=\"n\">{cell}</td>" : $"<td>{cell}</td>")) + "</tr>");
        }

        w.WriteLine("</tbody>");
        w.WriteLine("</table>");
    }

    private static void Header(TextWriter w, (string Title, bool Numeric)[] header) =>
        w.WriteLine("<thead><tr>" + string.Concat(header.Select(h => h.Numeric ? $"<th class=\"n\">{E(h.Title)}</th>" : $"<th>{E(h.Title)}</th>")) + "</tr></thead>");

    // An amount as the table shows it; a negative one is flagged in red.
    private static string Money(ReportContext c, long minor) =>
        minor < 0 ? $"<span class=\"neg\">{E(c.Money(minor))}</span>" : E(c.Money(minor));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
