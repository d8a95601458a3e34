using System;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>
/// GEN-05: <c>docs/diagrams/</c> holds the Mermaid and DOT diagram of every lifecycle of every aggregate of
/// <see cref="AggregateCatalogue.All"/>, in step with the tables, and nothing else. Run the tests with
/// <c>UPDATE_DIAGRAMS=1</c> to rewrite them after changing a table.
/// </summary>
[Trait("Rule", "GEN-05")]
public sealed class DiagramDocsTests
{
    private static readonly string Folder = Path.Combine(DiagramFiles.RepositoryRoot(), "docs", "diagrams");

    /// <summary>Gets the name of every lifecycle.</summary>
    public static TheoryData<string> Lifecycles => new(AggregateCatalogue.All.SelectMany(a => a.Lifecycles).Select(l => l.Name));

    [Theory]
    [MemberData(nameof(Lifecycles))]
    public void The_diagrams_are_in_step_with_the_table(string name)
    {
        var lifecycle = AggregateCatalogue.All.SelectMany(a => a.Lifecycles).Single(l => l.Name == name);
        DiagramFiles.AssertFile(Path.Combine(Folder, name + ".mmd"), lifecycle.ToMermaid());
        DiagramFiles.AssertFile(Path.Combine(Folder, name + ".dot"), lifecycle.ToDot());
    }

    [Fact]
    public void The_diagrams_folder_holds_the_diagrams_of_the_catalogue_and_nothing_else()
    {
        var expected = AggregateCatalogue.All.SelectMany(a => a.Lifecycles)
            .SelectMany(l => new[] { l.Name + ".dot", l.Name + ".mmd" })
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
