using System;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Processes;

/// <summary>
/// GEN-12: <c>docs/diagrams/processes/</c> holds the Mermaid diagram of every process of <see cref="ProcessCatalogue.All"/>,
/// drawn from its declaration, and nothing else. Run the tests with <c>UPDATE_DIAGRAMS=1</c> to rewrite them.
/// </summary>
[Trait("Rule", "GEN-12")]
public sealed class ProcessDiagramDocsTests
{
    private static readonly string Folder = Path.Combine(DiagramFiles.RepositoryRoot(), "docs", "diagrams", "processes");

    public static TheoryData<string> Processes => new(ProcessCatalogue.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Processes))]
    public void The_diagram_is_in_step_with_the_declaration(string name)
    {
        var process = ProcessCatalogue.All.Single(p => p.Name == name);
        DiagramFiles.AssertFile(Path.Combine(Folder, name + ".mmd"), process.ToMermaid());
    }

    [Fact]
    public void The_folder_holds_the_diagrams_of_the_catalogue_and_nothing_else()
    {
        if (!GeneratedFiles.Compare)
        {
            return;
        }

        Assert.Equal(
            ProcessCatalogue.All.Select(p => p.Name + ".mmd").Order(StringComparer.Ordinal),
            Directory.GetFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_diagram_draws_every_row_with_its_rules_and_compensation()
    {
        var text = KeyAccount.Domain.Sales.SubscriptionUnitProcess.Definition.ToMermaid();
        Assert.Contains("E1([\"subscription: SubscriptionDrafted\"])", text, StringComparison.Ordinal);
        Assert.Contains("E1 -->|\"SUB-08 · SUB-01\"| C1[\"unit: HoldUnit\"]", text, StringComparison.Ordinal);
        Assert.Contains("C1 -.->|\"refused\"| K1[\"subscription: RecordUnitRefusal\"]", text, StringComparison.Ordinal);
        Assert.Contains("|\"unit change · SUB-08 · SUB-01\"| C2[\"unit: HoldUnit\"]", text, StringComparison.Ordinal);
        Assert.Equal(KeyAccount.Domain.Sales.SubscriptionUnitProcess.Definition.Reactions.Count, text.Split('\n').Count(l => l.Contains("-->|", StringComparison.Ordinal)));
    }
}
