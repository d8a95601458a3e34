using System;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>The examples of <c>docs/testing.md</c> and of the kit's package readme are the test classes the suite runs,
/// word for word; the readme speaks only of what a package user has.</summary>
public sealed class TestingGuideTests
{
    [Theory]
    [InlineData("docs/testing.md", "TestingGuideExample.cs")]
    [InlineData("docs/testing.md", "TestingGuideRefundExample.cs")]
    [InlineData("docs/packages/KeyAccount.Domain.Testing.md", "TestingGuideRefundExample.cs")]
    public void The_guide_shows_the_examples_the_suite_runs(string document, string file)
    {
        var root = DiagramFiles.RepositoryRoot();
        var example = Region(File.ReadAllLines(Path.Combine(root, "tests", "KeyAccount.Domain.Tests", "Kit", file)));
        var guide = File.ReadAllText(Path.Combine(root, document)).ReplaceLineEndings("\n");
        Assert.Contains("```csharp\n" + string.Join("\n", example) + "\n```", guide, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_readme_points_to_no_file_of_the_repository()
    {
        var readme = File.ReadAllText(Path.Combine(DiagramFiles.RepositoryRoot(), "docs", "packages", "KeyAccount.Domain.Testing.md"));
        Assert.DoesNotContain("tests/", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("src/", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/", readme, StringComparison.Ordinal);
    }

    private static string[] Region(string[] lines)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == "// docs/testing.md:begin") + 1;
        var stop = Array.FindIndex(lines, start, l => l.Trim() == "// docs/testing.md:end");
        return lines[start..stop];
    }
}
