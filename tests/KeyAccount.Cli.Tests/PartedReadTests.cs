using System.IO;
using System.Linq;
using System.Text;
using KeyAccount.Cli.Input;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>A large CSV file is read in parts on every core: the report, the records' lines and the problems are the
/// same, in the same order, as when it is read in one piece.</summary>
public sealed class PartedReadTests
{
    internal static (Cli.Result Whole, Cli.Result Parted) Both(params string[] args)
    {
        var saved = DayReader.PartedThreshold;
        try
        {
            DayReader.PartedThreshold = long.MaxValue;
            var whole = Cli.Run(args);
            DayReader.PartedThreshold = 1;
            var parted = Cli.Run(args);
            return (whole, parted);
        }
        finally
        {
            DayReader.PartedThreshold = saved;
        }
    }

    [Fact]
    public void A_generated_day_gives_the_same_report_with_the_same_records()
    {
        using var dir = new TempDir();
        Cli.Run("generate-day", "--rows", "3000", "--sites", "3", "--discrepancy-rate", "0.05", "--out", dir.Path).Expect(0);

        var (whole, parted) = Both("reconcile", dir.Path, "--format", "json");

        whole.Expect(1);
        Assert.Equal(whole.Out, parted.Expect(1).Out);
        Assert.Contains("notices.csv\",\n", whole.Out);
        Assert.Equal(whole.Err, parted.Err);
    }

    [Fact]
    public void The_problems_name_the_same_lines_in_the_same_order()
    {
        using var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\nS01,agency\n");
        var payments = new StringBuilder("notice_no,site,date,amount,currency,channel,collector\n");
        for (var i = 1; i <= 400; i++)
        {
            payments.Append(i % 97 == 0 ? $"{i},S01,2025-03-03,1.234,CNY,cash,developer\n" : i % 89 == 0 ? "\n" : $"{i},S01,2025-03-03,10.00,CNY,cash,developer\n");
        }

        dir.Write("payments.csv", payments.ToString());
        var notices = new StringBuilder("notice_no,site,date,amount,currency,copy\n");
        for (var i = 1; i <= 400; i++)
        {
            notices.Append(i == 250 ? $"{i},S09,2025-03-03,10.00,CNY,clerk\n" : $"{i},S01,2025-03-03,10.00,CNY,clerk\n");
        }

        var invalid = Encoding.UTF8.GetBytes("401,S01,2025-03-03,10.00,CNY,clerk\n");
        invalid[^2] = 0xFF; // not UTF-8 (nor GB18030): reading the file stops at this line
        File.WriteAllBytes(dir.File("notices.csv"), [.. Encoding.UTF8.GetBytes(notices.ToString()), .. invalid, .. Encoding.UTF8.GetBytes("402,S01,2025-03-03,x,CNY,clerk\n")]);

        var (whole, parted) = Both("reconcile", dir.Path);

        whole.Expect(2);
        Assert.Equal(whole.Err, parted.Expect(2).Err);
        Assert.Equal(
            [$"{dir.File("notices.csv")}:251: 'site' (案场): unknown site 'S09' (not in any sites file)", $"{dir.File("notices.csv")}:402: not valid UTF-8 (nor GB18030); save the file as UTF-8"],
            whole.Err.Split('\n').Where(l => l.Contains("notices.csv:")).ToArray());
        Assert.Equal(
            [98, 195, 292, 389],
            whole.Err.Split('\n').Where(l => l.Contains("payments.csv:")).Select(l => int.Parse(l.Split(':')[1])).ToArray());
    }
}
