using System;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>The README's C# quick start is the code the packed-package consumer check runs in an empty folder.</summary>
public sealed class ReadmeQuickStartTests
{
    private const string Begin = "// ---- README quick start";
    private const string End = "// ---- end of the README quick start ----";

    [Fact]
    public void The_consumer_check_runs_the_readme_quick_start_unchanged()
    {
        var root = DiagramFiles.RepositoryRoot();
        var readme = QuickStartOf(File.ReadAllText(Path.Combine(root, "README.md")));
        var program = File.ReadAllLines(Path.Combine(root, "tests", "KeyAccount.Domain.ConsumerCheck", "Program.cs"));

        var usings = readme.Where(l => l.StartsWith("using ", StringComparison.Ordinal)).ToList();
        var body = readme.Skip(usings.Count).SkipWhile(string.IsNullOrWhiteSpace).ToList();
        Assert.NotEmpty(usings);
        Assert.NotEmpty(body);

        var begin = Array.FindIndex(program, l => l.StartsWith(Begin, StringComparison.Ordinal));
        var end = Array.IndexOf(program, End);
        Assert.True(begin >= 0 && end > begin, "Program.cs marks the quick start with its begin and end comments");
        Assert.Equal(body, program[(begin + 1)..end]);
        Assert.All(usings, u => Assert.Contains(u, program));
    }

    [Fact]
    public void The_readme_quick_start_reads_no_file()
    {
        var code = string.Join('\n', QuickStartOf(File.ReadAllText(Path.Combine(DiagramFiles.RepositoryRoot(), "README.md"))));
        Assert.DoesNotContain(".Load(", code, StringComparison.Ordinal);
        Assert.DoesNotContain(".json", code, StringComparison.Ordinal);
    }

    private static string[] QuickStartOf(string readme)
    {
        var section = readme.IndexOf("## Quick start in C#", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has a C# quick start");
        var start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        var stop = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        return readme[start..stop].Split('\n');
    }
}
