using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.StateMachines;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Negotiations;

public sealed class NegotiationGuideTests
{
    private static string Root => DiagramFiles.RepositoryRoot();

    [Fact]
    [Trait("Rule", "NEG-10")]
    [Trait("Rule", "NEG-11")]
    public async Task The_guide_example_runs_from_preparation_to_close()
    {
        var (plan, _, _) = await NegotiationGuideExample.RunAsync(TestCalendars.ChinaMainland2025);

        Assert.Equal(NegotiationPhase.Closed, plan.Phase);
        Assert.Equal(
            [(OutcomeScore.WithinRange, false), (OutcomeScore.MetTarget, false), (OutcomeScore.WithinRange, true)],
            plan.Evaluate().Select(o => (o.Score, o.BottomLineRevised)));
        Assert.Equal(
            [AgreementZoneKind.Exists, AgreementZoneKind.Exists, AgreementZoneKind.Exists],
            plan.Objectives.Select(o => o.Zone.Kind));
        Assert.Equal(AgreementZoneKind.None, plan.Objectives[2].Objective.ZoneOfPossibleAgreement().Kind);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    [Trait("Rule", "NEG-12")]
    public async Task The_guide_shows_the_example_code_the_phase_diagram_and_the_flow_table_as_the_code_makes_them()
    {
        var source = File.ReadAllLines(Path.Combine(Root, "tests", "KeyAccount.Domain.Tests", "Negotiations", "NegotiationGuideExample.cs"));
        var begin = Array.FindIndex(source, l => l.Trim() == "// guide:begin");
        var end = Array.FindIndex(source, l => l.Trim() == "// guide:end");
        var example = string.Join("\n", source[(begin + 1)..end].Select(l => l.Length >= 8 ? l[8..] : l.TrimStart()));
        var (plan, _, _) = await NegotiationGuideExample.RunAsync(TestCalendars.ChinaMainland2025);
        if (!GeneratedFiles.Compare)
        {
            return;
        }

        var path = Path.Combine(Root, "docs", "negotiations.md");
        var guide = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);

        var expected = Generated(guide, "example", "```csharp\n" + example + "\n```\n");
        expected = Generated(expected, "diagram", "```mermaid\n" + LifecycleDiagram.ToMermaid(NegotiationLifecycle.Table) + "```\n");
        expected = Generated(expected, "flow-table", plan.ToFlowTable(DateTimeZoneProviders.Tzdb["Asia/Shanghai"], CultureInfo.InvariantCulture).ToMarkdown());
        if (GeneratedFiles.Rewrite)
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, guide);
    }

    private static string Generated(string guide, string name, string content) => GeneratedFiles.WithRegion(guide, "docs/negotiations.md", name, content);

    [Fact]
    [Trait("Rule", "GEN-02")]
    public async Task The_sample_plan_file_is_the_event_export_of_the_guide_example()
    {
        var (plan, store, stream) = await NegotiationGuideExample.RunAsync(TestCalendars.ChinaMainland2025);
        var history = await store.ReadAsync(stream);
        var expected = string.Concat(history.Select(e => NegotiationPlanAggregate.Definition.Serializer.Serialize(e) + "\n"));
        var path = Path.Combine(Root, "samples", "negotiation-plan.json");
        var actual = expected;
        if (GeneratedFiles.Compare)
        {
            if (GeneratedFiles.Rewrite)
            {
                File.WriteAllText(path, expected);
            }

            Assert.True(File.Exists(path), $"{path} is missing; run the tests with UPDATE_DIAGRAMS=1 to write it.");
            actual = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.Equal(expected, actual);
        }

        // A reader of the file (or, while another target rewrites it, of the export itself) gets the same plan back.
        var read = NegotiationPlanAggregate.Definition.Serializer.ReadLines(actual.Split('\n'));
        Assert.True(read.IsT0, read.IsT1 ? read.AsT1.ToString() : string.Empty);
        Assert.Equal(StateJson.Of(plan), StateJson.Of(NegotiationPlanAggregate.Definition.Decider.Replay(read.AsT0.Select(e => e.Event))));
    }
}
