using System.IO;
using System.Text;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>One root cause gives one line, and the errors that follow from it are not printed.</summary>
public sealed class RootCauseTests
{
    private const string Payments = "notice_no,site,date,amount,currency,channel,collector\n";
    private const string Notices = "notice_no,site,date,amount,currency,copy\n";

    [Fact]
    public void A_day_without_a_sites_file_says_so_once()
    {
        using var dir = new TempDir();
        var payments = dir.Write("payments.csv", Payments + "1,S01,2025-03-03,1.00,CNY,cash,developer\n2,S02,2025-03-03,1.00,CNY,cash,developer\n");
        var notices = dir.Write("notices.csv", Notices + "1,S01,2025-03-03,1.00,CNY,clerk\n");

        var result = Cli.Run("reconcile", payments, notices).Expect(2);

        Assert.Equal("no sites file given (a CSV file with the columns site and sales_mode, or 案场 and 销售模式)\n", result.Err);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_sites_file_that_cannot_be_read_hides_the_unknown_sites_that_follow_from_it()
    {
        using var dir = new TempDir();
        var sites = dir.File("sites.csv");
        File.WriteAllBytes(sites, [.. Encoding.UTF8.GetBytes("site,sales_mode\n"), 0xB0, 0xB8, 0xFF, (byte)',', .. Encoding.UTF8.GetBytes("agency\nS02,agency\n")]);
        dir.Write("payments.csv", Payments + "1,S01,2025-03-03,1.00,CNY,cash,developer\n2,S02,2025-03-03,1.00,CNY,cash,developer\n");

        var result = Cli.Run("reconcile", dir.Path).Expect(2);

        Assert.Equal($"{sites}:2: not valid UTF-8 (nor GB18030); save the file as UTF-8\n", result.Err);
    }

    [Fact]
    public void A_column_given_twice_is_refused_naming_both_fields()
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\nS01,agency\n");
        var payments = dir.Write("payments.csv", "notice_no,site,date,amount,currency,channel,collector,金额\n1,S01,2025-03-03,1.00,CNY,cash,developer,2.00\n");

        var result = Cli.Run("reconcile", dir.Path).Expect(2);

        Assert.Equal($"{payments}:1: column 'amount' (金额) is given twice, as fields 4 and 8; keep one\n", result.Err);
    }

    [Theory]
    [InlineData("99999999999999999999999.99", "'amount' (金额): '99999999999999999999999.99' is too large (at most 15 digits before the decimal point)")]
    [InlineData("1000000000000000", "'amount' (金额): '1000000000000000' is too large (at most 15 digits before the decimal point)")]
    [InlineData("1.234", "'amount' (金额): '1.234' is not an amount with at most two decimals")]
    public void An_amount_says_what_is_wrong_with_it(string amount, string message)
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\nS01,agency\n");
        var payments = dir.Write("payments.csv", Payments + $"1,S01,2025-03-03,{amount},CNY,cash,developer\n");

        var result = Cli.Run("reconcile", dir.Path).Expect(2);

        Assert.Equal($"{payments}:2: {message}\n", result.Err);
    }

    [Fact]
    public void Validate_on_a_first_line_that_is_not_json_says_so_once()
    {
        using var dir = new TempDir();
        var log = dir.Write("events.jsonl", "\nnotice_no,site,date\n{\"type\":\"x\"}\n");

        Assert.Equal($"{log}:2: not a JSON event: the line does not start with '{{'\n", Cli.Run("validate", log).Expect(2).Err);
        Assert.Equal($"{log}:2: not a JSON event: the line does not start with '{{'\n", Cli.Run("validate", log, "--aggregate", "sales-day").Expect(2).Err);
    }

    [Fact]
    public void Generate_day_into_a_directory_that_cannot_be_written_says_so_once()
    {
        var result = Cli.Run("generate-day", "--rows", "3", "--out", "/proc/nope").Expect(2);

        Assert.Equal("--out /proc/nope: the directory cannot be created or written to\n", result.Err);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("--rows", "-5", "--rows must be 0 or more, not -5")]
    [InlineData("--sites", "0", "--sites must be from 1 to 9999, not 0")]
    [InlineData("--discrepancy-rate", "1.5", "--discrepancy-rate must be from 0 to 1, not 1.5")]
    [InlineData("--date", "3/3/2025", "--date must be yyyy-MM-dd, not 3/3/2025")]
    public void Generate_day_names_only_the_limit_that_is_broken(string option, string value, string message)
    {
        using var dir = new TempDir();

        var result = Cli.Run("generate-day", option, value, "--out", dir.Path).Expect(2);

        Assert.Equal(message + "\n", result.Err);
    }
}
