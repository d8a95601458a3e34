using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace KeyAccount.Cli.Tests;

public sealed class GenerateDayTests
{
    [Fact]
    [Trait("Rule", "REC-02")]
    public void A_generated_day_reconciles_to_exactly_the_planted_discrepancies_of_every_kind()
    {
        using var dir = new TempDir();
        Cli.Run("generate-day", "--rows", "5000", "--sites", "5", "--discrepancy-rate", "0.02", "--seed", "42", "--out", dir.Path).Expect(0);

        var result = Cli.Run("reconcile", dir.Path, "--format", "json").Expect(1);

        var (planted, matched) = Manifest.Read(dir.File("manifest.json"));
        var (reported, reportedMatched) = Manifest.FromReport(result.Out);
        Assert.Equal(planted.Order(), reported.Order());
        Assert.Equal(matched, reportedMatched);
        Assert.Equal(Enum.GetValues<KeyAccount.Domain.Reconciliation.DiscrepancyKind>().Length, planted.Select(p => p.Split(' ')[2]).Distinct().Count());
    }

    [Fact]
    public void The_same_seed_writes_the_same_files_and_another_seed_does_not()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        using var c = new TempDir();
        Cli.Run("generate-day", "--rows", "300", "--sites", "3", "--discrepancy-rate", "0.1", "--seed", "9", "--out", a.Path).Expect(0);
        Cli.Run("generate-day", "--rows", "300", "--sites", "3", "--discrepancy-rate", "0.1", "--seed", "9", "--out", b.Path).Expect(0);
        Cli.Run("generate-day", "--rows", "300", "--sites", "3", "--discrepancy-rate", "0.1", "--seed", "10", "--out", c.Path).Expect(0);

        foreach (var name in new[] { "sites.csv", "payments.csv", "notices.csv", "manifest.json" })
        {
            Assert.Equal(File.ReadAllBytes(a.File(name)), File.ReadAllBytes(b.File(name)));
        }

        Assert.NotEqual(File.ReadAllBytes(a.File("payments.csv")), File.ReadAllBytes(c.File("payments.csv")));
    }

    [Fact]
    public void A_day_generated_without_discrepancies_balances()
    {
        using var dir = new TempDir();
        Cli.Run("generate-day", "--rows", "1000", "--sites", "2", "--discrepancy-rate", "0", "--seed", "1", "--out", dir.Path).Expect(0);

        var result = Cli.Run("reconcile", dir.Path).Expect(0);

        Assert.Contains("1,000 matched, 0 discrepancies: BALANCED", result.Out);
    }

    [Fact]
    public void A_million_row_day_streams_through_the_tool_and_finds_the_planted_discrepancies()
    {
        using var dir = new TempDir();
        var clock = Stopwatch.StartNew();
        Cli.Run("generate-day", "--rows", "1000000", "--sites", "8", "--discrepancy-rate", "0.001", "--seed", "2025", "--out", dir.Path).Expect(0);

        var result = Cli.Run("reconcile", dir.Path, "--format", "json").Expect(1);

        var (planted, matched) = Manifest.Read(dir.File("manifest.json"));
        var (reported, reportedMatched) = Manifest.FromReport(result.Out);
        Assert.Equal(planted.Order(), reported.Order());
        Assert.Equal(matched, reportedMatched);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"generating and reconciling took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("--rows", "-1")]
    [InlineData("--sites", "0")]
    [InlineData("--discrepancy-rate", "1.5")]
    [InlineData("--date", "2025-13-01")]
    public void Out_of_range_options_exit_2(string option, string value)
    {
        using var dir = new TempDir();

        var result = Cli.Run("generate-day", "--out", dir.Path, option, value).Expect(2);

        Assert.NotEqual(string.Empty, result.Err);
    }
}
