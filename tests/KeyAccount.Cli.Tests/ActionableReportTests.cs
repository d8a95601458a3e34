using System.Linq;
using System.Text.Json;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>A discrepancy shows the amounts on each side, where its records are, and what to check.</summary>
public sealed class ActionableReportTests
{
    private static TempDir Day(out string payments, out string notices)
    {
        var dir = new TempDir();
        dir.Write("sites.csv", "site,sales_mode\nS01,agency\n");
        payments = dir.Write("payments.csv", "notice_no,site,date,amount,currency,channel,collector\n7,S01,2025-03-03,1234567.50,CNY,bank_card,developer\n8,S01,2025-03-03,-20.00,CNY,cash,developer\n");
        notices = dir.Write("notices.csv", "notice_no,site,date,amount,currency,copy\n7,S01,2025-03-03,1234567.50,CNY,clerk\n7,S01,2025-03-03,1234576.50,CNY,cashier\n8,S01,2025-03-03,-20.00,CNY,clerk\n8,S01,2025-03-03,-20.00,CNY,cashier\n");
        return dir;
    }

    [Fact]
    public void The_table_shows_each_side_the_records_and_a_hint_in_english()
    {
        using var dir = Day(out var payments, out var notices);

        var result = Cli.Run("reconcile", dir.Path, "--lang", "en").Expect(1);

        var row = result.Out.Split('\n').Single(l => l.Contains("amount_mismatch") && l.Contains("S01"));
        Assert.Matches(@"^  S01   2025-03-03  amount_mismatch\s+7  1,234,567.50  1,234,567.50\s+1,234,576.50  ", row);
        Assert.EndsWith($"{payments}:2, {notices}:2, {notices}:3", row);
        Assert.Contains("\nWhat to check\n  amount_mismatch: Compare the payment slip with both copies; correct the one that was mistyped.\n", result.Out);
    }

    [Fact]
    public void Negative_amounts_are_flagged_with_their_records()
    {
        using var dir = Day(out var payments, out var notices);

        var result = Cli.Run("reconcile", dir.Path, "--lang", "en").Expect(1);

        Assert.Contains("Negative amounts (check each: a refund entered as a payment, or a sign typed by mistake)\n", result.Out);
        Assert.Matches($@"\n\s+8  payment\s+-20.00 \(negative\)  {System.Text.RegularExpressions.Regex.Escape(payments)}:3\n", result.Out);
    }

    [Fact]
    public void Every_label_kind_and_hint_is_in_chinese_with_lang_zh_cn()
    {
        using var dir = Day(out _, out _);

        var result = Cli.Run("reconcile", dir.Path, "--lang", "zh-CN").Expect(1);

        Assert.StartsWith("日日平帐\n1 个案场日，1 笔相符，1 处差异：未平帐\n", result.Out);
        Assert.Contains("金额不符", result.Out);
        Assert.Contains("  金额不符: 核对收款凭证与两联通知单，更正录错的一方。\n", result.Out);
        Assert.Contains("  S01   2025-03-03  现金      CNY      1  -20.00 (负数)\n", result.Out);
        Assert.Contains("\n  案场  销售模式  营业日期    相符  差异  状态\n  ----  --------  ----------  ----  ----  ------\n", result.Out);
        Assert.Contains("-20.00 (负数)", result.Out);
        Assert.DoesNotContain("amount_mismatch", result.Out);
        Assert.DoesNotContain("developer", result.Out);
    }

    [Fact]
    public void Markdown_has_the_sides_the_records_and_the_hints()
    {
        using var dir = Day(out var payments, out var notices);

        var result = Cli.Run("reconcile", dir.Path, "--format", "markdown", "--lang", "en").Expect(1);

        Assert.Contains($"| amount_mismatch | 7 | 1,234,567.50 | 1,234,567.50 | 1,234,576.50 | `{payments}:2`, `{notices}:2`, `{notices}:3` |\n", result.Out);
        Assert.Contains("- **amount_mismatch**: Compare the payment slip with both copies; correct the one that was mistyped.\n", result.Out);
        Assert.Contains($"- 8 payment -20.00 (negative) `{payments}:3`\n", result.Out);
    }

    [Fact]
    public void Json_gives_each_record_with_its_side_amount_file_and_line_and_no_separators()
    {
        using var dir = Day(out var payments, out var notices);

        var result = Cli.Run("reconcile", dir.Path, "--format", "json", "--lang", "zh-CN").Expect(1);

        using var doc = JsonDocument.Parse(result.Out);
        var x = doc.RootElement.GetProperty("siteDays")[0].GetProperty("discrepancies")[0];
        Assert.Equal("amount_mismatch", x.GetProperty("kind").GetString());
        Assert.Equal("金额不符", x.GetProperty("label").GetString());
        Assert.Equal("核对收款凭证与两联通知单，更正录错的一方。", x.GetProperty("hint").GetString());
        var records = x.GetProperty("records").EnumerateArray().Select(r => $"{r.GetProperty("side").GetString()} {r.GetProperty("amount").GetString()} {r.GetProperty("file").GetString()}:{r.GetProperty("line").GetInt64()}").ToList();
        Assert.Equal([$"payment 1234567.50 {payments}:2", $"clerk 1234567.50 {notices}:2", $"cashier 1234576.50 {notices}:3"], records);
        var negatives = doc.RootElement.GetProperty("negativeAmounts").EnumerateArray().Select(r => $"{r.GetProperty("side").GetString()} {r.GetProperty("amount").GetString()} {r.GetProperty("negative").GetBoolean()}").ToList();
        Assert.Equal(["clerk -20.00 True", "cashier -20.00 True", "payment -20.00 True"], negatives); // in the order read: notices.csv, payments.csv
    }
}
