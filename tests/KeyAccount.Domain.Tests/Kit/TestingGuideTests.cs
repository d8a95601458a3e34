using System;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>The examples of <c>docs/testing.md</c> are the test classes the suite runs, word for word.</summary>
public sealed class TestingGuideTests
{
    [Theory]
    [InlineData("TestingGuideExample.cs")]
    public void The_guide_shows_the_examples_the_suite_runs(string file)
    {
        var root = DiagramFiles.RepositoryRoot();
        var example = Region(File.ReadAllLines(Path.Combine(root, "tests", "KeyAccount.Domain.Tests", "Kit", file)));
        var guide = File.ReadAllText(Path.Combine(root, "docs", "testing.md")).ReplaceLineEndings("\n");
        Assert.Contains("```csharp\n" + string.Join("\n", example) + "\n```", guide, StringComparison.Ordinal);
    }

    private static string[] Region(string[] lines)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == "// docs/testing.md:begin") + 1;
        var stop = Array.FindIndex(lines, start, l => l.Trim() == "// docs/testing.md:end");
        return lines[start..stop];
    }
}
