using System.Globalization;
using System.Linq;
using KeyAccount.Domain.Negotiations;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Negotiations.Plans;

namespace KeyAccount.Domain.Tests.Negotiations;

[Trait("Rule", "NEG-12")]
public sealed class NegotiationFlowTableTests
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    [Fact]
    public void The_flow_table_has_a_row_per_activity_with_owner_date_and_status()
    {
        var table = ReadyToClose.ToFlowTable(Shanghai, English);

        Assert.Equal(20, table.Rows.Count);
        var first = table.Rows[0];
        Assert.Equal(new FlowRow(NegotiationPhase.Preparation, "Set the objectives", "E1001", new LocalDate(2025, 3, 3), FlowStatus.Done), first);
        Assert.Equal(new LocalDate(2025, 3, 10), table.Rows.Single(r => r.Activity == "Agree time and venue").Date);
        Assert.Contains(new FlowRow(NegotiationPhase.FollowUp, "Agree the late-delivery penalty", "E1002", new LocalDate(2025, 3, 31), FlowStatus.Cancelled), table.Rows);
        Assert.Contains(new FlowRow(NegotiationPhase.FollowUp, "Send the contract draft", "E1001", new LocalDate(2025, 3, 14), FlowStatus.Done), table.Rows);
        Assert.Equal(FlowStatus.Pending, table.Rows[^1].Status);
    }

    [Fact]
    public void A_fresh_plan_shows_every_activity_pending()
    {
        var table = Drafted.ToFlowTable(Shanghai, English);

        Assert.All(table.Rows, r => Assert.Equal(FlowStatus.Pending, r.Status));
        Assert.All(table.Rows, r => Assert.Null(r.Owner));
        Assert.Equal(16, table.Rows.Count);
    }

    [Fact]
    public void The_table_renders_as_markdown()
    {
        var markdown = InOpening.ToFlowTable(Shanghai, English).ToMarkdown();

        var lines = markdown.Split('\n');
        Assert.Equal("| Phase | Activity | Owner | Date | Status |", lines[0]);
        Assert.Equal("|---|---|---|---|---|", lines[1]);
        Assert.Equal("| Preparation | Set the objectives | E1001 | 2025-03-03 | done |", lines[2]);
        Assert.Equal("| Opening | Introduce the delegates | E1001 |  | pending |", lines[7]);
        Assert.EndsWith("\n", markdown, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_renders_as_csv_with_quoting()
    {
        var csv = ReadyToClose.ToFlowTable(Shanghai, English).ToCsv();

        var lines = csv.Split("\r\n");
        Assert.Equal("Phase,Activity,Owner,Date,Status", lines[0]);
        Assert.Equal("Preparation,Plan the strategy: main points and bottom line,E1001,2025-03-03,done", lines[3]);
        Assert.Contains("Preparation,Analyse the counterpart's position and requirements,E1001,2025-03-03,done", lines);
        var withComma = Run(InAgreement, new RecordMinutes(CompleteMinutes with
        {
            FollowUps = [CompleteMinutes.FollowUps[0], CompleteMinutes.FollowUps[1] with { Description = "Send the draft, \"final\"" }],
        }));
        Assert.Contains("Follow-up,\"Send the draft, \"\"final\"\"\",E1001,2025-03-14,pending", withComma.ToFlowTable(Shanghai, English).ToCsv().Split("\r\n"));
    }

    [Fact]
    public void The_table_speaks_simplified_chinese()
    {
        var markdown = ReadyToOpen.ToFlowTable(Shanghai, CultureInfo.GetCultureInfo("zh-CN")).ToMarkdown();

        Assert.StartsWith("| 阶段 | 活动 | 负责人 | 时间 | 状态 |", markdown, System.StringComparison.Ordinal);
        Assert.Contains("| 前期准备 | 确定谈判目标 | E1001 |  | 已完成 |", markdown, System.StringComparison.Ordinal);
    }
}
