using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary><c>reconcile --format html</c>: one self-contained page, rendered in headless Chromium.</summary>
public sealed class HtmlReportTests
{
    private static readonly string SampleDay = Cli.Path("samples", "sales-day");

    [ChromiumFact]
    public void The_english_page_loads_without_a_console_message_and_shows_the_totals() => LoadsAndShowsTheTotals("en");

    [ChromiumFact]
    public void The_chinese_page_loads_without_a_console_message_and_shows_the_totals() => LoadsAndShowsTheTotals("zh-CN");

    [ChromiumFact]
    public void A_link_preselects_the_site_and_kind_filters()
    {
        using var dir = new TempDir();
        var page = Render(dir, "en");
        var json = Json("en");
        var all = json.RootElement.GetProperty("siteDays").EnumerateArray()
            .SelectMany(d => d.GetProperty("discrepancies").EnumerateArray().Select(x => (Site: d.GetProperty("site").GetString(), Kind: x.GetProperty("kind").GetString()))).ToList();
        var wanted = all.Count(x => x is { Site: "S02", Kind: "wrong_collector" });
        Assert.Equal(1, wanted);

        var loaded = Chromium.Load(new Uri(new Uri(page).AbsoluteUri + "#site=S02&kind=wrong_collector"));

        Assert.Empty(loaded.Console);
        Assert.Contains($">{wanted} of {all.Count} shown</output>", loaded.Dom);
        var rows = Regex.Matches(loaded.Dom, "<tr data-site=\"([^\"]*)\" data-kind=\"([^\"]*)\"( hidden=\"\")?>").ToList();
        Assert.Equal(all.Count, rows.Count);
        var visible = rows.Where(r => !r.Groups[3].Success).ToList();
        Assert.Equal(wanted, visible.Count);
        Assert.All(visible, r => Assert.Equal(("S02", "wrong_collector"), (r.Groups[1].Value, r.Groups[2].Value)));
    }

    [Fact]
    public void The_page_needs_nothing_from_outside_and_escapes_what_it_prints()
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\n<S&1>,agency\n");
        dir.Write("payments.csv", "notice_no,site,date,amount,currency,channel,collector\n7,<S&1>,2025-03-03,100.00,CNY,cash,developer\n");
        dir.Write("notices.csv", "notice_no,site,date,amount,currency,copy\n7,<S&1>,2025-03-03,100.00,CNY,clerk\n");

        var html = Cli.Run("reconcile", dir.Path, "--format", "html", "--lang", "zh-CN").Expect(1).Out;

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n", html);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">", html);
        Assert.DoesNotMatch(@"\s(src|href)=", html);
        Assert.Equal(["http://www.w3.org/2000/svg"], Regex.Matches(html, @"https?://[^""'\s<]*").Select(m => m.Value).Distinct());
        Assert.Contains("<td>&lt;S&amp;1&gt;</td>", html);
        Assert.DoesNotContain("<S&1>", html);
        Assert.Contains("<h2>各案场每日合计</h2>", html);
        Assert.Contains("<dt>缺收银联</dt><dd>向收银员索取收银联，或补录。</dd>", html);
        Assert.DoesNotContain("missing_cashier_copy<", html);
    }

    private static void LoadsAndShowsTheTotals(string lang)
    {
        using var dir = new TempDir();
        var page = Render(dir, lang);
        var screenshot = Cli.Path("artifacts", "screenshots", $"reconcile-html-{lang}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);

        var loaded = Chromium.Load(new Uri(page), screenshot);

        Assert.Empty(loaded.Console);
        using var json = Json(lang);
        var root = json.RootElement;
        var days = root.GetProperty("siteDays").EnumerateArray().ToList();
        var (matched, discrepancies) = (root.GetProperty("matched").GetInt64(), root.GetProperty("discrepancies").GetInt64());
        var summary = lang == "en"
            ? $"{days.Count} site-days, {matched:#,##0} matched, {discrepancies:#,##0} discrepancies: NOT BALANCED"
            : $"{days.Count} 个案场日，{matched:#,##0} 笔相符，{discrepancies:#,##0} 处差异：未平帐";
        Assert.Contains($"class=\"summary bad\">{summary}</p>", loaded.Dom);
        // The script ran to its end: it wrote how many discrepancy rows the filters show.
        Assert.Contains(lang == "en" ? $">{discrepancies} of {discrepancies} shown</output>" : $">显示 {discrepancies} 条，共 {discrepancies} 条</output>", loaded.Dom);
        var table = Regex.Match(loaded.Dom, "<table id=\"site-days\">.*?</table>", RegexOptions.Singleline).Value;
        foreach (var day in days)
        {
            var amount = day.GetProperty("byChannel").EnumerateArray().Sum(t => decimal.Parse(t.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture));
            var row = $"<tr><td>{day.GetProperty("site").GetString()}</td><td>{(lang == "en" ? day.GetProperty("salesMode").GetString() : Chinese(day.GetProperty("salesMode").GetString()!))}</td><td>{day.GetProperty("date").GetString()}</td>"
                + $"<td class=\"n\">{day.GetProperty("matched").GetInt64():#,##0}</td><td class=\"n\">CNY {amount.ToString("#,##0.00", CultureInfo.InvariantCulture)}</td>"
                + $"<td class=\"n\">{day.GetProperty("discrepancies").GetArrayLength()}</td>";
            Assert.Contains(row, table);
        }

        Assert.Contains("<svg id=\"chart\"", loaded.Dom);
        var png = File.ReadAllBytes(screenshot);
        Assert.Equal("\u0089PNG", new string(png.Take(4).Select(b => (char)b).ToArray()));
        Assert.Equal(1280, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]); // the IHDR width
        Assert.True(png.Length > 20_000, $"the screenshot has {png.Length} bytes: a blank page?");
        if (Environment.GetEnvironmentVariable("UPDATE_DIAGRAMS") == "1")
        {
            File.Copy(screenshot, Cli.Path("docs", "images", $"reconcile-html-{lang}.png"), overwrite: true);
        }
    }

    private static string Chinese(string mode) => mode == "agency" ? "代理" : "包销";

    private static string Render(TempDir dir, string lang)
    {
        var html = Cli.Run("reconcile", SampleDay, "--format", "html", "--lang", lang).Expect(1).Out;
        // Records named as from the repository's root (reconcile samples/sales-day), as the screenshots in the docs show.
        return dir.Write($"report-{lang}.html", html.Replace(Cli.Root + System.IO.Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
    }

    private static JsonDocument Json(string lang) => JsonDocument.Parse(Cli.Run("reconcile", SampleDay, "--format", "json", "--lang", lang).Expect(1).Out);
}
