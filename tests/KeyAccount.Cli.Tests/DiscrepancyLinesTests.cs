using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using KeyAccount.Domain.Benchmarks.Tool;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>The records behind each discrepancy are found among the records read, their lines worked out from their
/// places: every <c>file:line</c> the report names is the true line of the record, as a plain scan of the file's lines
/// finds it, in files with blank lines, quoted fields, GBK text, tabs, JSON Lines mixing both kinds and a workbook's
/// empty rows, read in one piece and in parts.</summary>
public sealed class DiscrepancyLinesTests
{
    private const string Date = "2025-03-03";

    [Fact]
    [Trait("Rule", "REC-02")]
    public void Every_record_of_a_discrepancy_is_named_by_its_true_file_and_line()
    {
        using var dir = new TempDir();
        var day = Day.Write(dir);

        var (whole, parted) = PartedReadTests.Both(["reconcile", .. day.Paths, "--format", "json"]);

        whole.Expect(1);
        Assert.Equal(whole.Out, parted.Expect(1).Out);
        Assert.Equal("payments-gbk.csv: read as GB18030 (GBK)\n", whole.Err.Replace(dir.Path + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
        var reported = Reported(whole.Out);
        Assert.Equal(Day.Planted.Order(), reported.Keys.Order());
        var scanned = day.Scan();
        foreach (var (number, records) in reported)
        {
            var expected = scanned.Where(r => r.Number == number).OrderBy(r => r.Side).ThenBy(r => r.FileOrder).ThenBy(r => r.Line).Select(r => r.Show()).ToList();
            Assert.Equal(expected, records);
        }

        // Every kind of file gives records to the report.
        var named = reported.Values.SelectMany(r => r).ToList();
        Assert.All(day.Names, name => Assert.Contains(named, r => r.Contains($"{Path.DirectorySeparatorChar}{name}:", StringComparison.Ordinal)));
    }

    [Fact]
    [Trait("Rule", "REC-02")]
    public void Every_format_and_language_names_the_same_lines_read_in_one_piece_and_in_parts()
    {
        using var dir = new TempDir();
        var day = Day.Write(dir);

        foreach (var format in new[] { "table", "markdown", "html", "csv" })
        {
            foreach (var lang in new[] { "en", "zh-CN" })
            {
                var (whole, parted) = PartedReadTests.Both(["reconcile", .. day.Paths, "--format", format, "--lang", lang]);
                Assert.Equal(whole.Expect(1).Out, parted.Expect(1).Out);
            }
        }

        var table = Cli.Run(["reconcile", .. day.Paths, "--lang", "en"]).Expect(1).Out;
        var cashier = day.Scan().Single(r => r.Number == 3 && r.Side == 2);
        Assert.Contains($"{cashier.File}:{cashier.Line}", table);
        Assert.EndsWith("day.xlsx[Cashier]", cashier.File);
    }

    // The records of each discrepancy's number as the report lists them: side, number, amount, file:line.
    private static Dictionary<long, List<string>> Reported(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var reported = new Dictionary<long, List<string>>();
        foreach (var siteDay in doc.RootElement.GetProperty("siteDays").EnumerateArray())
        {
            foreach (var d in siteDay.GetProperty("discrepancies").EnumerateArray())
            {
                reported[d.GetProperty("noticeNo").GetInt64()] = d.GetProperty("records").EnumerateArray()
                    .Select(r => $"{r.GetProperty("side").GetString()} {r.GetProperty("noticeNo").GetInt64()} {decimal.Parse(r.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture):0.00} {r.GetProperty("file").GetString()}:{r.GetProperty("line").GetInt64()}")
                    .ToList();
            }
        }

        return reported;
    }

    // A record as a plain scan of a file's lines finds it: side 0 payment, 1 clerk's copy, 2 cashier's copy.
    private sealed record Scanned(int Side, long Number, decimal Amount, string File, int FileOrder, long Line)
    {
        public string Show() => $"{(Side == 0 ? "payment" : Side == 1 ? "clerk" : "cashier")} {Number} {Amount:0.00} {File}:{Line}";
    }

    // A day of forty transactions on three sites (one whose code holds a comma, so it is quoted in CSV), spread over a
    // GBK payments file with CRLF line breaks, blank lines and quoted fields, a JSON Lines file mixing sites, payments
    // and both copies with blank lines, a tab-separated file of clerk's copies with blank lines, and a workbook sheet of
    // cashier's copies with empty rows; with discrepancies planted in each.
    private sealed class Day
    {
        // amount_mismatch 3 (cashier's copy, in the workbook) and 33 (clerk's copy, in JSON Lines), missing_cashier_copy 8,
        // duplicate_payment 12 (GBK and JSON Lines), wrong_collector 20, duplicate_notice 25 (tabs), notice without
        // payment 41 (JSON Lines and the workbook).
        public static readonly long[] Planted = [3, 8, 12, 20, 25, 33, 41];

        private readonly List<(string Path, string Name, Encoding Encoding, char Separator)> files = [];
        private readonly TempDir dir;
        private string[] sheet = [];

        private Day(TempDir dir) => this.dir = dir;

        public IEnumerable<string> Paths => new[] { dir.File("sites.csv") }.Concat(files.Select(f => f.Path)).Distinct();

        public IEnumerable<string> Names => files.Select(f => f.Name);

        private string Book => dir.File("day.xlsx");

        public static Day Write(TempDir dir)
        {
            var day = new Day(dir);
            dir.Write("sites.csv", "site,sales_mode\nS01,agency\nS02,underwriting\n\"S,03\",agency\n");
            var gbk = new StringBuilder("通知单号,案场,营业日期,金额,币种,付款方式,收款方\r\n");
            var jsonl = new StringBuilder("\n{\"record\":\"site\",\"site\":\"S01\",\"sales_mode\":\"agency\"}\n");
            var tabs = new StringBuilder("notice_no\tsite\tdate\tamount\tcurrency\tcopy\n\n");
            var cashier = new List<string> { "notice_no,site,date,amount,currency,copy" };
            for (var n = 1; n <= 41; n++)
            {
                var site = n % 5 == 0 ? "S,03" : n % 2 == 1 ? "S01" : "S02";
                var amount = (100 + n).ToString("0.00", CultureInfo.InvariantCulture);
                var collector = site == "S02" || n == 20 ? "公司收银" : "开发商";
                var payment = $"{n},{Csv(site)},{Date},{amount},CNY,现金,{collector}\r\n";
                if (n <= 30)
                {
                    gbk.Append(n % 4 == 0 ? $"\"{n}\",{Csv(site)},\"{Date}\",\"{amount}\",CNY,现金,\"{collector}\"\r\n" : payment);
                    gbk.Append(n % 7 == 0 ? "\r\n\r\n" : string.Empty);
                    tabs.Append($"{n}\t{site}\t{Date}\t{amount}\tCNY\tclerk\n").Append(n == 25 ? $"{n}\t{site}\t{Date}\t{amount}\tCNY\t文员联\n" : string.Empty);
                    tabs.Append(n % 6 == 0 ? "\n" : string.Empty);
                }
                else
                {
                    jsonl.Append(Json("payment", n, site, n == 41 ? null : amount, $",\"channel\":\"cash\",\"collector\":\"{(site == "S02" ? "company_cashier" : "developer")}\""))
                        .Append(n % 3 == 0 ? "\n" : string.Empty)
                        .Append(Json("notice", n, site, n == 33 ? "133.30" : amount, ",\"copy\":\"clerk\""));
                }

                if (n == 12)
                {
                    jsonl.Append(Json("payment", n, site, amount, ",\"channel\":\"bank_card\",\"collector\":\"company_cashier\""));
                }

                if (n == 8)
                {
                    continue;
                }

                if (site.Contains(','))
                {
                    jsonl.Append(Json("notice", n, site, amount, ",\"copy\":\"cashier\""));
                }
                else
                {
                    cashier.Add($"{n},{site},{Date},{(n == 3 ? "130.00" : amount)},CNY,cashier");
                    cashier.AddRange(n % 9 == 0 ? ["", ""] : []);
                }
            }

            day.sheet = [.. cashier];
            day.Add("payments-gbk.csv", FileFormatTests.Gb18030, ',', gbk.ToString());
            day.Add("day.jsonl", Encoding.UTF8, '\0', jsonl.ToString());
            day.Add("clerk-tabs.csv", Encoding.UTF8, '\t', tabs.ToString());
            XlsxWriter.Write(day.Book, [("Cashier", day.sheet)]);
            day.files.Add((day.Book, "day.xlsx[Cashier]", Encoding.UTF8, ','));
            return day;
        }

        // Every payment and copy, by a plain scan of each file's lines (a workbook sheet's rows as written).
        public List<Scanned> Scan()
        {
            var found = new List<Scanned>();
            for (var order = 0; order < files.Count; order++)
            {
                var (path, _, encoding, separator) = files[order];
                var shown = path == Book ? $"{Book}[Cashier]" : path;
                var lines = path == Book ? sheet : encoding.GetString(File.ReadAllBytes(path)).Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    var line = lines[i].TrimEnd('\r');
                    if (line.Length == 0 || (separator != '\0' && i == 0))
                    {
                        continue;
                    }

                    if (separator == '\0')
                    {
                        using var json = JsonDocument.Parse(line);
                        var record = json.RootElement.GetProperty("record").GetString();
                        if (record == "site")
                        {
                            continue;
                        }

                        var side = record == "payment" ? 0 : json.RootElement.GetProperty("copy").GetString() == "clerk" ? 1 : 2;
                        found.Add(new Scanned(side, json.RootElement.GetProperty("notice_no").GetInt64(), decimal.Parse(json.RootElement.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture), shown, order, i + 1));
                        continue;
                    }

                    var fields = Fields(line, separator);
                    var kind = fields.Count == 7 ? 0 : fields[5] is "clerk" or "文员联" ? 1 : 2;
                    found.Add(new Scanned(kind, long.Parse(fields[0], CultureInfo.InvariantCulture), decimal.Parse(fields[3], CultureInfo.InvariantCulture), shown, order, i + 1));
                }
            }

            return found;
        }

        private static string Csv(string value) => value.Contains(',') ? $"\"{value}\"" : value;

        private static string Json(string record, int n, string site, string? amount, string rest) =>
            amount is null ? string.Empty : $"{{\"record\":\"{record}\",\"notice_no\":{n},\"site\":\"{site}\",\"date\":\"{Date}\",\"amount\":\"{amount}\",\"currency\":\"CNY\"{rest}}}\n";

        // A CSV line's fields, unquoted.
        private static List<string> Fields(string line, char separator)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == separator && !quoted)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            fields.Add(field.ToString());
            return fields;
        }

        private void Add(string name, Encoding encoding, char separator, string text)
        {
            File.WriteAllBytes(dir.File(name), encoding.GetBytes(text));
            files.Add((dir.File(name), name, encoding, separator));
        }
    }
}
