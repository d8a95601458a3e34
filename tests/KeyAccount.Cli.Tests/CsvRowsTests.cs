using System.Linq;
using System.Text;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>How CSV rows are read (with Sylvan.Data.Csv): every line is a row with its own number, whether the file is
/// read in one piece or in parts, and the first line that cannot be read stops the file with one clear line.</summary>
public sealed class CsvRowsTests
{
    private const string Payments = "notice_no,site,date,amount,currency,channel,collector\n";
    private const string Notices = "notice_no,site,date,amount,currency,copy\n";

    [Fact]
    public void A_line_starting_with_a_hash_is_a_row_not_a_comment()
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\nS01,agency\n");
        var payments = dir.Write("payments.csv", Payments + "#1,S01,2025-03-03,1.00,CNY,cash,developer\n2,S01,2025-03-03,1.0x,CNY,cash,developer\n");

        var (whole, parted) = PartedReadTests.Both("reconcile", dir.Path);

        Assert.Equal(
            $"{payments}:2: 'notice_no' (通知单号): '#1' is not a positive whole number or RN- and digits (a remittance notice number)\n"
            + $"{payments}:3: 'amount' (金额): '1.0x' is not an amount with at most two decimals\n",
            whole.Expect(2).Err);
        Assert.Equal(whole.Err, parted.Expect(2).Err);
    }

    [Fact]
    public void A_quoted_field_that_runs_on_to_the_next_line_stops_the_file_at_its_line()
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\nS01,agency\n");
        var notices = dir.Write("notices.csv", Notices + "1,S01,2025-03-03,1.00,CNY,clerk\n2,\"S01,2025-03-03,1.00,CNY,clerk\n3\",S01,2025-03-03,1.00,CNY,clerk\n4,S01,2025-03-03,x,CNY,clerk\n");

        var (whole, parted) = PartedReadTests.Both("reconcile", dir.Path);

        Assert.Equal($"{notices}:3: a quoted field is not closed on its line\n", whole.Expect(2).Err);
        Assert.Equal(whole.Err, parted.Expect(2).Err);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_refused_naming_the_line()
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\nS01,agency\n");
        var notices = dir.Write("notices.csv", Notices + "1,S01,2025-03-03,1.00,CNY,clerk\n1,\"S01\"x,2025-03-03,1.00,CNY,cashier\n");

        var result = Cli.Run("reconcile", dir.Path).Expect(2);

        Assert.Equal($"{notices}:3: a quoted field is followed by text before the next separator\n", result.Err);
    }

    [Fact]
    public void A_gbk_file_with_a_byte_that_is_not_gb18030_after_its_first_megabyte_names_the_line()
    {
        var gb18030 = FileFormatTests.Gb18030;
        using var dir = new TempDir();
        System.IO.File.WriteAllBytes(dir.File("sites.csv"), gb18030.GetBytes("案场,销售模式\n翠湖苑,代理\n"));
        var rows = Enumerable.Range(1, 30_000).Select(i => $"{i},翠湖苑,2025-03-03,1.00,CNY,现金,开发商\n");
        var payments = dir.File("payments.csv");
        System.IO.File.WriteAllBytes(payments, [.. gb18030.GetBytes("通知单号,案场,营业日期,金额,币种,付款方式,收款方\n" + string.Concat(rows)), .. "30001,"u8, 0xFF, .. ",2025-03-03,1.00,CNY,cash,developer\n"u8]);

        var (whole, parted) = PartedReadTests.Both("reconcile", dir.Path);

        Assert.True(new System.IO.FileInfo(payments).Length > 1 << 20);
        Assert.EndsWith($"{payments}:30002: not valid UTF-8 (nor GB18030); save the file as UTF-8\n", whole.Expect(2).Err);
        Assert.Equal(whole.Err, parted.Expect(2).Err);
    }
}
