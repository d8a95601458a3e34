using System;
using System.IO;
using System.Linq;
using KeyAccount.Fuzz;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>
/// Replays the fuzz targets' inputs without the fuzzer: every seed (<c>fuzz/corpus/TARGET</c>) and every input that
/// once broke a promise (<c>fuzz/regressions/TARGET</c>, kept after the fix) must pass its target's checks — a typed
/// error or a whole result, a documented exit code, the round trips and laws each target asserts.
/// </summary>
[Trait("Rule", "GEN-02")]
public sealed class FuzzCorpusTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "corpus", "regressions" })
        {
            foreach (var target in FuzzTargets.All)
            {
                var directory = Cli.Path("fuzz", folder, target.Name);
                if (!Directory.Exists(directory))
                {
                    continue;
                }

                foreach (var file in Directory.GetFiles(directory).Order(StringComparer.Ordinal))
                {
                    data.Add(target.Name, Path.GetRelativePath(Cli.Root, file).Replace('\\', '/'));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_seed_and_regression_input_keeps_the_promises_of_its_target(string target, string file) =>
        FuzzTargets.Find(target)!.Run(File.ReadAllBytes(Cli.Path(file)));

    [Fact]
    public void Every_target_has_a_seed_corpus_and_nothing_else_is_in_the_fuzz_folders()
    {
        var names = FuzzTargets.All.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["calendar", "day-files", "event-json", "event-log"], names);
        foreach (var name in names)
        {
            Assert.NotEmpty(Directory.GetFiles(Cli.Path("fuzz", "corpus", name)));
        }

        foreach (var folder in new[] { "corpus", "regressions" })
        {
            var unknown = Directory.GetDirectories(Cli.Path("fuzz", folder)).Select(Path.GetFileName).Except(names);
            Assert.Empty(unknown);
        }
    }

    [Fact]
    public void A_target_throws_when_the_tool_breaks_its_exit_code_promise()
    {
        // The check the day-files and event-log targets rely on: a refused input must say why and print no report.
        var broken = Assert.Throws<BrokenPromiseException>(() => ToolRunCheck(2, "a report", "why"));
        Assert.Contains("printed a result", broken.Message, StringComparison.Ordinal);
        Assert.Throws<BrokenPromiseException>(() => ToolRunCheck(2, string.Empty, string.Empty));
        Assert.Throws<BrokenPromiseException>(() => ToolRunCheck(0, string.Empty, string.Empty));
        Assert.Throws<BrokenPromiseException>(() => ToolRunCheck(3, "x", "y"));
        ToolRunCheck(1, "findings", string.Empty);
    }

    private static void ToolRunCheck(int exit, string stdout, string stderr) => new ToolRun(exit, stdout, stderr).CheckExitContract("test");
}
