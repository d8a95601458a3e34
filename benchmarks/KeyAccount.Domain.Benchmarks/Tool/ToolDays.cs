using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KeyAccount.Cli;
using KeyAccount.Cli.Commands;

namespace KeyAccount.Domain.Benchmarks.Tool;

/// <summary>
/// The generated days the tool's benchmarks read, written once into the temporary directory and kept between runs:
/// the day of <c>generate-day</c> (English headers and values, UTF-8), the same day with Chinese headers, values and
/// site names in UTF-8 and in GB18030 (GBK, as Excel saves a CSV on a Chinese Windows), and as an .xlsx workbook.
/// </summary>
internal static class ToolDays
{
    private static readonly object Gate = new();

    /// <summary>Gets the row counts to run: <c>KEYACCOUNT_TOOL_ROWS</c> (comma-separated), or the default given.</summary>
    public static IEnumerable<int> Rows(params int[] defaults) =>
        Environment.GetEnvironmentVariable("KEYACCOUNT_TOOL_ROWS") is { Length: > 0 } given
            ? given.Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture))
            : defaults;

    /// <summary>The generated day, as <c>generate-day --rows N --sites 20 --seed 1</c> writes it.</summary>
    public static string English(int rows) => Cached($"day-{rows}", dir =>
        CliApp.Run(["generate-day", "--rows", rows.ToString(CultureInfo.InvariantCulture), "--sites", "20", "--seed", "1", "--out", dir], TextWriter.Null, Console.Error));

    /// <summary>The same day with Chinese headers, values and site names, in UTF-8.</summary>
    public static string ChineseUtf8(int rows) => Cached($"day-{rows}-zh-utf8", dir => Translate(English(rows), dir, new UTF8Encoding(false)));

    /// <summary>The same day with Chinese headers, values and site names, in GB18030 (GBK).</summary>
    public static string ChineseGbk(int rows) => Cached($"day-{rows}-zh-gbk", dir =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Translate(English(rows), dir, Encoding.GetEncoding("GB18030"));
    });

    /// <summary>The generated day as one workbook: a sheet of sites, one of payments, and the notices on sheets of at
    /// most a million rows (the most an Excel sheet holds).</summary>
    public static string Workbook(int rows) => Cached($"day-{rows}-xlsx", dir =>
    {
        var source = English(rows);
        var sheets = new List<(string, string[])> { ("Sites", File.ReadAllLines(Path.Combine(source, "sites.csv"))), ("Payments", File.ReadAllLines(Path.Combine(source, "payments.csv"))) };
        var notices = File.ReadAllLines(Path.Combine(source, "notices.csv"));
        var body = notices.Skip(1).Chunk(1_000_000).Select((part, i) => ($"Notices{i + 1}", new[] { notices[0] }.Concat(part).ToArray()));
        sheets.AddRange(body);
        XlsxWriter.Write(Path.Combine(dir, "day.xlsx"), sheets);
    });

    /// <summary>The size in bytes of the files of a day.</summary>
    public static long Bytes(string dir) => Directory.GetFiles(dir).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Sum(f => new FileInfo(f).Length);

    private static string Cached(string name, Action<string> write)
    {
        lock (Gate)
        {
            var dir = Path.Combine(Path.GetTempPath(), "keyaccount-benchmarks", name);
            var done = Path.Combine(dir, ".complete");
            if (!File.Exists(done))
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }

                Directory.CreateDirectory(dir);
                write(dir);
                File.WriteAllText(done, string.Empty);
            }

            return dir;
        }
    }

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["site"] = "案场", ["sales_mode"] = "销售模式", ["notice_no"] = "通知单号", ["date"] = "营业日期", ["amount"] = "金额",
        ["currency"] = "币种", ["channel"] = "付款方式", ["collector"] = "收款方", ["copy"] = "联次",
        ["agency"] = "代理", ["underwriting"] = "包销", ["cash"] = "现金", ["bank_card"] = "刷卡", ["bank_transfer"] = "转账",
        ["cheque"] = "支票", ["developer"] = "开发商", ["company_cashier"] = "公司收银", ["clerk"] = "文员联", ["cashier"] = "收银联",
    };

    private static void Translate(string source, string dir, Encoding encoding)
    {
        foreach (var name in new[] { "sites.csv", "payments.csv", "notices.csv" })
        {
            using var reader = new StreamReader(Path.Combine(source, name), Encoding.UTF8);
            using var writer = new StreamWriter(Path.Combine(dir, name), false, encoding, 1 << 20);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                writer.Write(string.Join(',', line.Split(',').Select(Word)));
                writer.Write('\n');
            }
        }
    }

    // Site codes S01… become 案场01…; the other values by the tool's Chinese vocabulary.
    private static string Word(string value) =>
        Words.TryGetValue(value, out var word) ? word
        : value.Length > 1 && value[0] == 'S' && char.IsAsciiDigit(value[1]) ? "案场" + value[1..]
        : value;
}
