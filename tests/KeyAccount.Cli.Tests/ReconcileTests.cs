using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace KeyAccount.Cli.Tests;

public sealed class ReconcileTests
{
    private static readonly string SampleDay = Cli.Path("samples", "sales-day");

    [Fact]
    [Trait("Rule", "REC-02")]
    public void The_sample_day_reports_exactly_the_planted_discrepancies_and_exits_1()
    {
        var result = Cli.Run("reconcile", SampleDay, "--format", "json").Expect(1);

        var (planted, matched) = Manifest.Read(Path.Combine(SampleDay, "manifest.json"));
        var (reported, reportedMatched) = Manifest.FromReport(result.Out);
        Assert.Equal(planted.Order(), reported.Order());
        Assert.Equal(matched, reportedMatched);
        Assert.Equal(10, reported.Select(r => r.Split(' ')[2]).Distinct().Count());
        Assert.Equal(string.Empty, result.Err);
    }

    [Fact]
    public void The_default_table_lists_sites_totals_and_discrepancies()
    {
        var result = Cli.Run("reconcile", Cli.Path("samples", "sales-day", "sites.csv"), Cli.Path("samples", "sales-day", "payments.csv"), Cli.Path("samples", "sales-day", "notices.csv")).Expect(1);

        Assert.Contains("2 site-days, 292 matched, 10 discrepancies: NOT BALANCED", result.Out);
        Assert.Contains("Matched totals by channel", result.Out);
        Assert.Contains("Matched totals by collector", result.Out);
        Assert.Contains("S01   agency", result.Out);
        Assert.Contains("S02   underwriting", result.Out);
        Assert.Contains("wrong_date_or_site", result.Out);
        Assert.Contains("duplicate_notice", result.Out);
    }

    [Fact]
    public void The_csv_report_has_one_line_per_total_and_discrepancy()
    {
        var result = Cli.Run("reconcile", SampleDay, "--format", "csv").Expect(1);

        var lines = result.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("site,date,line,item,currency,count,amount,notice_no", lines[0]);
        Assert.Equal(10, lines.Count(l => l.Contains(",discrepancy,")));
        Assert.Contains(lines, l => l.StartsWith("S01,2025-03-03,collector,developer,CNY,"));
        Assert.Contains(lines, l => l.StartsWith("S02,2025-03-03,collector,company_cashier,CNY,"));
    }

    [Fact]
    public void The_markdown_report_has_a_section_per_site_and_date()
    {
        var result = Cli.Run("reconcile", SampleDay, "--format", "markdown").Expect(1);

        Assert.StartsWith("# Day-end reconciliation", result.Out);
        Assert.Contains("## S01 (agency), 2025-03-03: to explain", result.Out);
        Assert.Contains("## S02 (underwriting), 2025-03-03: to explain", result.Out);
        Assert.Contains("| kind | notice_no | payment | clerk's copy | cashier's copy | records |", result.Out);
    }

    [Fact]
    public void A_balanced_day_in_json_lines_with_chinese_values_exits_0()
    {
        var result = Cli.Run("reconcile", Cli.Path("samples", "sales-day-balanced.jsonl"), "--format", "json").Expect(0);

        using var doc = JsonDocument.Parse(result.Out);
        Assert.True(doc.RootElement.GetProperty("balanced").GetBoolean());
        Assert.Equal(2, doc.RootElement.GetProperty("matched").GetInt64());
        var days = doc.RootElement.GetProperty("siteDays").EnumerateArray().ToList();
        Assert.Equal("翠湖苑", days[0].GetProperty("site").GetString());
        Assert.Equal("50000.00", days[0].GetProperty("byChannel")[0].GetProperty("amount").GetString());
        Assert.Equal("12000.50", days[1].GetProperty("byCollector")[0].GetProperty("amount").GetString());
        Assert.Equal("company_cashier", days[1].GetProperty("byCollector")[0].GetProperty("collector").GetString());
    }

    [Fact]
    public void Csv_and_json_lines_inputs_of_the_same_day_give_the_same_report()
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\n翠湖苑,agency\n滨江府,underwriting\n");
        dir.Write("payments.csv", "notice_no,site,date,amount,currency,channel,collector\n2001,翠湖苑,2025-03-03,50000.00,CNY,bank_transfer,developer\n2002,滨江府,2025-03-03,12000.50,CNY,bank_card,company_cashier\n");
        dir.Write("notices.csv", "notice_no,site,date,amount,currency,copy\n2001,翠湖苑,2025-03-03,50000,CNY,clerk\n2001,翠湖苑,2025-03-03,50000,CNY,cashier\n2002,滨江府,2025-03-03,12000.5,CNY,clerk\n2002,滨江府,2025-03-03,12000.5,CNY,cashier\n");

        var fromCsv = Cli.Run("reconcile", dir.Path, "-f", "json").Expect(0);
        var fromJson = Cli.Run("reconcile", Cli.Path("samples", "sales-day-balanced.jsonl"), "-f", "json").Expect(0);

        Assert.Equal(fromJson.Out, fromCsv.Out);
    }

    [Fact]
    public void Quoted_fields_and_a_byte_order_mark_are_read()
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "\uFEFF\"site\",\"sales_mode\"\n\"A, \"\"east\"\"\",agency\n");
        dir.Write("payments.csv", "notice_no,site,date,amount,currency,channel,collector\r\n7,\"A, \"\"east\"\"\",2025-03-03,1.00,cny,cash,developer\r\n");
        dir.Write("notices.csv", "notice_no,site,date,amount,currency,copy\n7,\"A, \"\"east\"\"\",2025-03-03,1,CNY,clerk\n7,\"A, \"\"east\"\"\",2025-03-03,1.0,CNY,cashier\n");

        var result = Cli.Run("reconcile", dir.Path, "-f", "csv").Expect(0);

        Assert.Contains("\"A, \"\"east\"\"\",2025-03-03,matched,,,1,,", result.Out);
    }

    [Theory]
    [InlineData("payments.csv", "notice_no,site,date,amount,currency,channel\n", 1, "missing column 'collector' (收款方)")]
    [InlineData("payments.csv", "notice_no,site,date,amount,currency,channel,collector\n1,S01,2025-03-03,12.5,CNY,cash,developer\n2,S01,2025-03-03,12,345.00,CNY,cash,developer\n", 3, "8 fields where the header has 7")]
    [InlineData("payments.csv", "notice_no,site,date,amount,currency,channel,collector\n1,S01,2025-03-03,12.505,CNY,cash,developer\n", 2, "'12.505' is not an amount with at most two decimals")]
    [InlineData("payments.csv", "notice_no,site,date,amount,currency,channel,collector\n1,S01,2025-02-30,12.50,CNY,cash,developer\n", 2, "'2025-02-30' is not a date yyyy-MM-dd")]
    [InlineData("payments.csv", "notice_no,site,date,amount,currency,channel,collector\n1,S01,03/03/2025,12.50,CNY,cash,developer\n", 2, "is not a date")]
    [InlineData("payments.csv", "notice_no,site,date,amount,currency,channel,collector\n1,S01,2025-03-03,12.50,XYZ,cash,developer\n", 2, "unknown currency 'XYZ'")]
    [InlineData("payments.csv", "notice_no,site,date,amount,currency,channel,collector\n1,S09,2025-03-03,12.50,CNY,cash,developer\n", 2, "unknown site 'S09'")]
    [InlineData("payments.csv", "notice_no,site,date,amount,currency,channel,collector\nABC,S01,2025-03-03,12.50,CNY,cash,developer\n", 2, "is not a positive whole number")]
    [InlineData("payments.csv", "notice_no,site,date,amount,currency,channel,collector\n1,S01,2025-03-03,12.50,CNY,alipay,developer\n", 2, "'alipay' is not cash")]
    [InlineData("notices.csv", "notice_no,site,date,amount,currency,copy\n\n1,S01,2025-03-03,12.50,CNY,original\n", 3, "'original' is not clerk or cashier")]
    [InlineData("notices.csv", "", 1, "empty file")]
    [InlineData("notices.csv", "notice_no,site,date,amount,currency,copy\n1,\"S01,2025-03-03,12.50,CNY,clerk\n", 2, "a quoted field is not closed")]
    [InlineData("other.csv", "a,b,c\n", 1, "not a sites file")]
    [InlineData("day.jsonl", "{\"record\":\"payment\",\"notice_no\":1,\"site\":\"S01\",\"date\":\"2025-03-03\",\"amount\":\"1.00\",\"currency\":\"CNY\",\"channel\":\"cash\",\"collector\":\"developer\"}\n{\"record\":\"notice\",\"notice_no\":1}\n", 2, "missing properties 'site', 'date', 'amount', 'currency', 'copy'")]
    [InlineData("day.jsonl", "{\"record\":\"site\",\"site\":\"S02\",\"sales_mode\":\"agency\"}\n{\"record\":\"payment\",\n", 2, "not a JSON object")]
    [InlineData("day.jsonl", "{\"record\":\"site\",\"site\":\"S02\",\"sales_mode\":\"agency\"}\n{\"record\":\"site\",\"site\":\"S\\ud800\",\"sales_mode\":\"agency\"}\n", 2, "unpaired surrogate escape")]
    [InlineData("day.jsonl", "{\"record\":\"site\",\"\\udc00\":1}\n", 1, "unpaired surrogate escape")]
    public void Bad_input_exits_2_naming_the_file_and_line_and_prints_no_report(string name, string content, int line, string reason)
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\nS01,agency\n");
        var file = dir.Write(name, content);

        var result = Cli.Run("reconcile", dir.File("sites.csv"), file).Expect(2);

        Assert.Equal(string.Empty, result.Out);
        var first = result.Err.Split('\n')[0];
        Assert.StartsWith($"{file}:{line}: ", first);
        Assert.Contains(reason, first);
    }

    [Fact]
    public void A_file_that_is_not_utf8_exits_2_naming_the_line()
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\nS01,agency\n");
        var gbk = new byte[] { 0xB0, 0xB8, 0xFF }; // 案 in GBK, then a byte that is neither UTF-8 nor GB18030
        var file = dir.File("payments.csv");
        File.WriteAllBytes(file, [.. Encoding.UTF8.GetBytes("notice_no,site,date,amount,currency,channel,collector\n1,S01,2025-03-03,1.00,CNY,cash,developer\n2,"), .. gbk, .. Encoding.UTF8.GetBytes(",2025-03-03,1.00,CNY,cash,developer\n")]);

        var result = Cli.Run("reconcile", dir.File("sites.csv"), file).Expect(2);

        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith($"{file}:3: not valid UTF-8", result.Err);
    }

    [Fact]
    public void Every_bad_line_is_reported_before_anything_else()
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\nS01,agency\nS02,consignment\n");
        dir.Write("payments.csv", "notice_no,site,date,amount,currency,channel,collector\n1,S01,2025-03-03,x,CNY,cash,developer\n2,S01,2025-03-03,1.00,CNY,cash,developer\n3,S01,2025-03-03,1.00,CNY,cash,nobody\n");

        var result = Cli.Run("reconcile", dir.Path).Expect(2);

        var lines = result.Err.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(dir.File("sites.csv") + ":3: ", lines[0]);
        Assert.StartsWith(dir.File("payments.csv") + ":2: ", lines[1]);
        Assert.StartsWith(dir.File("payments.csv") + ":4: ", lines[2]);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_line_longer_than_a_megabyte_is_refused_with_its_line()
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\nS01,agency\n");
        var file = dir.Write("notices.csv", "notice_no,site,date,amount,currency,copy\n1,S01,2025-03-03,1.00,CNY,clerk\n1,S01,2025-03-03,1.00,CNY," + new string('x', 1 << 21) + "\n");

        var result = Cli.Run("reconcile", dir.Path).Expect(2);

        Assert.Equal($"{file}:3: the line is longer than 1048576 characters\n", result.Err);
    }

    [Fact]
    public void A_missing_path_exits_2()
    {
        var result = Cli.Run("reconcile", Cli.Path("samples", "no-such-day")).Expect(2);

        Assert.Contains("no such file or directory", result.Err);
    }
}
