using System.IO;
using System.Text;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>Files as offices have them: UTF-8 or GBK, separated by commas, tabs or semicolons.</summary>
public sealed class FileFormatTests
{
    private const string Sites = "案场,销售模式\n翠湖苑,代理\n滨江府,包销\n";
    private const string Payments = "通知单号,案场,营业日期,金额,币种,付款方式,收款方\n2001,翠湖苑,2025-03-03,50000.00,CNY,转账,开发商\n2002,滨江府,2025-03-03,12000.50,CNY,刷卡,公司收银\n2003,滨江府,2025-03-03,300.00,CNY,现金,公司收银\n";
    private const string Notices = "通知单号,案场,营业日期,金额,币种,联次\n2001,翠湖苑,2025-03-03,50000.00,CNY,文员联\n2001,翠湖苑,2025-03-03,50000.00,CNY,收银联\n2002,滨江府,2025-03-03,12000.50,CNY,文员联\n2002,滨江府,2025-03-03,12000.05,CNY,收银联\n2003,滨江府,2025-03-03,300.00,CNY,文员联\n";

    [Fact]
    public void The_same_day_gives_the_same_report_from_utf8_gbk_tab_and_semicolon_files()
    {
        var utf8 = Report(text => Encoding.UTF8.GetBytes(text), out var utf8Err);
        var gbk = Report(text => Gb18030.GetBytes(text), out var gbkErr);
        var tabs = Report(text => Encoding.UTF8.GetBytes(text.Replace(',', '\t')), out _);
        var semicolons = Report(text => Encoding.UTF8.GetBytes(text.Replace(',', ';')), out _);

        Assert.Contains("| 金额不符 | 2002 | 12,000.50 | 12,000.50 | 12,000.05 | `DAY/payments.csv:3`, `DAY/notices.csv:4`, `DAY/notices.csv:5` |", utf8);
        Assert.Contains("| 缺收银联 | 2003 |", utf8);
        Assert.Equal(utf8, gbk);
        Assert.Equal(utf8, tabs);
        Assert.Equal(utf8, semicolons);
        Assert.Equal(string.Empty, utf8Err);
        Assert.Equal("DAY/notices.csv: read as GB18030 (GBK)\nDAY/payments.csv: read as GB18030 (GBK)\nDAY/sites.csv: read as GB18030 (GBK)\n", gbkErr);
    }

    [Fact]
    public void The_same_day_gives_the_same_report_from_a_workbook_with_a_sheet_per_table_as_from_csv()
    {
        using var csvDir = new TempDir();
        csvDir.Write("sites.csv", Sites);
        csvDir.Write("payments.csv", Payments);
        csvDir.Write("notices.csv", Notices);
        using var bookDir = new TempDir();
        var book = bookDir.File("day.xlsx");
        Xlsx.Write(book, [("Sites", Sites), ("Payments", Payments), ("Notices", Notices)]);

        var fromCsv = Cli.Run("reconcile", csvDir.Path, "--format", "csv").Expect(1);
        var fromBook = Cli.Run("reconcile", book, "--format", "csv").Expect(1);
        var table = Cli.Run("reconcile", bookDir.Path, "--lang", "en").Expect(1).Out;

        Assert.Equal(fromCsv.Out, fromBook.Out);
        Assert.Equal(string.Empty, fromBook.Err);
        Assert.Contains($"{book}[Payments]:3, {book}[Notices]:4, {book}[Notices]:5", table);
    }

    [Fact]
    public void A_file_named_xlsx_that_is_not_a_workbook_says_so_once()
    {
        using var dir = new TempDir();
        var book = dir.Write("day.xlsx", "site,sales_mode\nS01,agency\n");

        Assert.Equal($"{book}: not a readable .xlsx workbook\n", Cli.Run("reconcile", book).Expect(2).Err);
    }

    internal static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    private static string Report(System.Func<string, byte[]> write, out string err)
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("sites.csv"), write(Sites));
        File.WriteAllBytes(dir.File("payments.csv"), write(Payments));
        File.WriteAllBytes(dir.File("notices.csv"), write(Notices));
        var result = Cli.Run("reconcile", dir.Path, "--format", "markdown", "--lang", "zh-CN").Expect(1);
        err = result.Err.Replace(dir.Path, "DAY");
        return result.Out.Replace(dir.Path, "DAY");
    }
}
