using System.IO;
using System.Linq;
using System.Reflection;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Rules;
using KeyAccount.Domain.StateMachines;
using Xunit;

namespace KeyAccount.Cli.Tests;

public sealed class CommandTests
{
    [Fact]
    public void Version_prints_the_informational_version_with_its_commit_when_built_from_git()
    {
        var result = Cli.Run("--version").Expect(0);

        var informational = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(informational + "\n", result.Out);
        Assert.Matches(@"^0\.1\.0(\+[0-9a-f]{40})?\n$", result.Out);
    }

    [Fact]
    public void Help_names_the_command_as_it_is_installed()
    {
        var result = Cli.Run("--help").Expect(0);

        Assert.Contains("Usage:\n  keyaccount [command] [options]\n", result.Out);
        Assert.Contains("Usage:\n  keyaccount reconcile <path>", Cli.Run("reconcile", "--help").Expect(0).Out);
    }

    [Theory]
    [InlineData("reconcile", "--format")]
    [InlineData("generate-day", "--discrepancy-rate")]
    [InlineData("validate", "--aggregate")]
    [InlineData("plan", "--lang")]
    [InlineData("diagram", "--all")]
    [InlineData("rules", "--lang")]
    public void Every_command_has_help(string command, string option)
    {
        var result = Cli.Run(command, "--help").Expect(0);

        Assert.Contains(option, result.Out);
    }

    [Fact]
    public void A_wrong_command_line_exits_2()
    {
        Assert.NotEqual(string.Empty, Cli.Run("reconcile").Expect(2).Err);
        Assert.NotEqual(string.Empty, Cli.Run("reconcile", "x.csv", "--format", "xml").Expect(2).Err);
        Assert.NotEqual(string.Empty, Cli.Run("frobnicate").Expect(2).Err);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Diagram_prints_a_lifecycle_as_mermaid_or_dot()
    {
        Assert.Equal(SalesDayAggregate.Definition.Lifecycle.ToMermaid(), Cli.Run("diagram", "sales-day").Expect(0).Out);
        Assert.Equal(SalesDayAggregate.Definition.Lifecycle.ToDot(), Cli.Run("diagram", "sales-day", "--format", "dot").Expect(0).Out);
        Assert.Contains("unknown lifecycle 'nothing'", Cli.Run("diagram", "nothing").Expect(2).Err);
        Assert.Contains("--out", Cli.Run("diagram", "--all").Expect(2).Err);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Diagram_all_writes_the_same_files_as_docs_diagrams()
    {
        using var dir = new TempDir();

        Cli.Run("diagram", "--all", "--out", dir.Path).Expect(0);

        var written = Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order().ToList();
        var committed = Directory.GetFiles(Cli.Path("docs", "diagrams")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(committed, written);
        foreach (var name in written)
        {
            Assert.Equal(File.ReadAllText(Cli.Path("docs", "diagrams", name!)).Replace("\r\n", "\n"), File.ReadAllText(dir.File(name!)));
        }
    }

    [Fact]
    public void Rules_lists_the_catalogue_in_english_and_chinese()
    {
        var english = Cli.Run("rules").Expect(0).Out;
        var chinese = Cli.Run("rules", "--lang", "zh-CN").Expect(0).Out;

        var rec01 = RuleCatalogue.Get("REC-01");
        Assert.Contains($"REC-01  {rec01.GetTitle(System.Globalization.CultureInfo.GetCultureInfo("en"))}", english);
        Assert.Contains(rec01.GetStatement(System.Globalization.CultureInfo.GetCultureInfo("en")), english);
        Assert.Contains($"REC-01  {rec01.GetTitle(System.Globalization.CultureInfo.GetCultureInfo("zh-CN"))}", chinese);
        Assert.NotEqual(english, chinese);
        Assert.Equal(RuleCatalogue.All.Count * 2, english.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
