using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Fuzz;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>
/// Replays the fuzz targets' inputs without the fuzzer: every seed (<c>fuzz/corpus/TARGET</c>) and every input that
/// once broke a promise (<c>fuzz/regressions/TARGET</c>, kept after the fix) must pass the checks of every target —
/// a typed error or a whole result, a documented exit code, the round trips and laws each target asserts.
/// </summary>
[Trait("Rule", "GEN-02")]
public sealed class FuzzCorpusTests
{
    public static TheoryData<string> Targets() => [.. FuzzTargets.All.Select(t => t.Name)];

    /// <summary>Every seed and regression input of every target, given to one target: each target must withstand
    /// the others' inputs too (a JSON Lines event log is a plausible wrong file for <c>reconcile</c>).</summary>
    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_seed_and_regression_input_keeps_the_promises_of_the_target(string name)
    {
        var target = FuzzTargets.Find(name)!;
        var files = new[] { "corpus", "regressions" }
            .Select(folder => Cli.Path("fuzz", folder))
            .SelectMany(folder => Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 100, $"only {files.Count} inputs were found");

        var broken = new List<string>();
        foreach (var file in files)
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                broken.Add($"{Path.GetRelativePath(Cli.Root, file)}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(broken.Count == 0, $"{broken.Count} of {files.Count} inputs broke a promise of {name}:\n{string.Join("\n", broken)}");
    }

    [Fact]
    public void The_event_document_target_reads_with_the_catalogue_of_every_aggregate_of_the_list()
    {
        Assert.Equal(AggregateCatalogue.All.Select(a => a.Name), EventJsonTarget.Catalogues.Select(c => c.Name));
    }

    [Fact]
    public void Every_target_has_a_seed_corpus_and_nothing_else_is_in_the_fuzz_folders()
    {
        var names = FuzzTargets.All.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["calendar", "day-files", "event-json", "event-log", "plan-log"], names);
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
