using System;
using System.IO;
using System.Linq;
using KeyAccount.Domain.Negotiations;
using Xunit;

namespace KeyAccount.Cli.Tests;

[Trait("Rule", "NEG-12")]
public sealed class PlanTests
{
    private static readonly string Sample = Cli.Path("samples", "negotiation-plan.json");

    private const string Markdown =
        "| Phase | Activity | Owner | Date | Status |\n" +
        "|---|---|---|---|---|\n" +
        "| Preparation | Set the objectives | E1001 | 2025-03-05 | done |\n" +
        "| Preparation | Analyse the counterpart's position and requirements | E1001 | 2025-03-05 | done |\n" +
        "| Preparation | Plan the strategy: main points and bottom line | E1001 | 2025-03-05 | done |\n" +
        "| Preparation | Assign the negotiation team | E1001 | 2025-03-05 | done |\n" +
        "| Preparation | Agree time and venue | E1001 | 2025-03-10 | done |\n" +
        "| Opening | Introduce the delegates | E1001 | 2025-03-10 | done |\n" +
        "| Opening | State the purpose | E1001 | 2025-03-10 | done |\n" +
        "| Opening | Propose the agenda | E1001 | 2025-03-10 | done |\n" +
        "| Information exchange | Share background information | E1001 | 2025-03-10 | done |\n" +
        "| Information exchange | Exchange needs and intentions | E1001 | 2025-03-10 | done |\n" +
        "| Information exchange | Question: Can you hold consignment stock in Wuxi? | E1001 | 2025-03-10 | done |\n" +
        "| Information exchange | Question: Can the Ningbo plant double its output in the fourth quarter? | E1002 | 2025-03-21 | done |\n" +
        "| Information exchange | Solution: consignment stock of 500 pumps in Wuxi, replenished weekly | E1001 | 2025-03-10 | done |\n" +
        "| Bargaining | Negotiate terms and concessions | E1001 | 2025-03-11 | done |\n" +
        "| Bargaining | Resolve disputes | E1001 | 2025-03-11 | done |\n" +
        "| Preliminary agreement | Obtain the approved contract review | E1001 | 2025-03-13 | done |\n" +
        "| Preliminary agreement | Record the minutes | E1001 | 2025-03-14 | done |\n" +
        "| Signing | Sign the agreement | E1001 | 2025-03-14 | done |\n" +
        "| Follow-up | Agree the late-delivery penalty | E1003 | 2025-03-28 | done |\n" +
        "| Follow-up | Send the contract draft | E1002 | 2025-03-13 | done |\n" +
        "| Follow-up | Confirm the fourth-quarter capacity of the Ningbo plant | E1002 | 2025-03-21 | done |\n" +
        "| Close | Close the plan | E1001 | 2025-03-31 | done |\n";

    private const string Csv =
        "Phase,Activity,Owner,Date,Status\r\n" +
        "Preparation,Set the objectives,E1001,2025-03-05,done\r\n" +
        "Preparation,Analyse the counterpart's position and requirements,E1001,2025-03-05,done\r\n" +
        "Preparation,Plan the strategy: main points and bottom line,E1001,2025-03-05,done\r\n" +
        "Preparation,Assign the negotiation team,E1001,2025-03-05,done\r\n" +
        "Preparation,Agree time and venue,E1001,2025-03-10,done\r\n" +
        "Opening,Introduce the delegates,E1001,2025-03-10,done\r\n" +
        "Opening,State the purpose,E1001,2025-03-10,done\r\n" +
        "Opening,Propose the agenda,E1001,2025-03-10,done\r\n" +
        "Information exchange,Share background information,E1001,2025-03-10,done\r\n" +
        "Information exchange,Exchange needs and intentions,E1001,2025-03-10,done\r\n" +
        "Information exchange,Question: Can you hold consignment stock in Wuxi?,E1001,2025-03-10,done\r\n" +
        "Information exchange,Question: Can the Ningbo plant double its output in the fourth quarter?,E1002,2025-03-21,done\r\n" +
        "Information exchange,\"Solution: consignment stock of 500 pumps in Wuxi, replenished weekly\",E1001,2025-03-10,done\r\n" +
        "Bargaining,Negotiate terms and concessions,E1001,2025-03-11,done\r\n" +
        "Bargaining,Resolve disputes,E1001,2025-03-11,done\r\n" +
        "Preliminary agreement,Obtain the approved contract review,E1001,2025-03-13,done\r\n" +
        "Preliminary agreement,Record the minutes,E1001,2025-03-14,done\r\n" +
        "Signing,Sign the agreement,E1001,2025-03-14,done\r\n" +
        "Follow-up,Agree the late-delivery penalty,E1003,2025-03-28,done\r\n" +
        "Follow-up,Send the contract draft,E1002,2025-03-13,done\r\n" +
        "Follow-up,Confirm the fourth-quarter capacity of the Ningbo plant,E1002,2025-03-21,done\r\n" +
        "Close,Close the plan,E1001,2025-03-31,done\r\n";

    [Fact]
    public void Plan_prints_the_flow_table_of_the_sample_as_markdown()
    {
        var result = Cli.Run("plan", Sample).Expect(0);

        Assert.Equal(Markdown, result.Out);
        Assert.Equal(Markdown, Cli.Run("plan", Sample, "--format", "markdown", "--lang", "en").Expect(0).Out);
        Assert.Equal(string.Empty, result.Err);
    }

    [Fact]
    public void Plan_prints_the_flow_table_of_the_sample_as_csv()
    {
        var result = Cli.Run("plan", Sample, "--format", "csv").Expect(0);

        Assert.Equal(Csv, result.Out);
    }

    [Fact]
    public void Plan_prints_the_labels_in_chinese()
    {
        var result = Cli.Run("plan", Sample, "--lang", "zh-CN").Expect(0);

        Assert.StartsWith("| 阶段 | 活动 | 负责人 | 时间 | 状态 |\n|---|---|---|---|---|\n| 前期准备 | 确定谈判目标 | E1001 | 2025-03-05 | 已完成 |\n", result.Out);
        Assert.Contains("| 后续跟踪 | Send the contract draft | E1002 | 2025-03-13 | 已完成 |\n", result.Out);
        Assert.Equal(Markdown.Split('\n').Length, result.Out.Split('\n').Length);
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void A_broken_event_exits_2_naming_the_file_and_line()
    {
        using var dir = new TempDir();
        var lines = File.ReadAllLines(Sample).ToList();
        lines[4] = lines[4].Replace("\"version\":5", "\"version\":\"five\"", System.StringComparison.Ordinal);
        var file = dir.Write("broken.json", string.Join("\n", lines));

        var result = Cli.Run("plan", file).Expect(2);

        Assert.StartsWith($"{file}:5: GEN-02: ", result.Err);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void An_event_that_cannot_follow_the_plan_before_it_exits_2_naming_its_line()
    {
        using var dir = new TempDir();
        // A drafted plan, then an outcome for an objective the plan does not have.
        var drafted = File.ReadAllText(Cli.Path("fuzz", "corpus", "event-json", "negotiation.plan_drafted.v1.json")).Trim();
        var outcome = File.ReadAllText(Cli.Path("fuzz", "corpus", "event-json", "negotiation.outcome_recorded.v1.json")).Trim()
            .Replace("\"version\":1,", "\"version\":2,", StringComparison.Ordinal);
        var file = dir.Write("foreign.jsonl", "\n" + drafted + "\n" + outcome + "\n");

        var result = Cli.Run("plan", file).Expect(2);

        Assert.StartsWith($"{file}:3: GEN-02: ", result.Err);
        Assert.Contains("cannot follow the state before it: Objective ", result.Err);
        Assert.Contains(" is not in the plan.", result.Err);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Unreadable_input_exits_2()
    {
        using var dir = new TempDir();
        var lines = File.ReadAllLines(Sample).ToList();
        var other = lines[0].Replace("negotiation-5d0c9d52", "negotiation-00000000", System.StringComparison.Ordinal);
        var twoPlans = dir.Write("two.json", string.Join("\n", lines.Take(3).Append(string.Empty).Append(other)));
        var empty = dir.Write("empty.json", "\n");
        var sales = dir.Write("sales-day.jsonl", File.ReadAllText(Cli.Path("samples", "events", "sales-day.jsonl")));

        Assert.StartsWith($"{twoPlans}:5: a second stream 'negotiation-00000000", Cli.Run("plan", twoPlans).Expect(2).Err);
        Assert.Contains("empty event log", Cli.Run("plan", empty).Expect(2).Err);
        Assert.StartsWith($"{sales}:1: GEN-02: ", Cli.Run("plan", sales).Expect(2).Err);
        Assert.Contains("no such file", Cli.Run("plan", dir.File("missing.json")).Expect(2).Err);
        Assert.NotEqual(string.Empty, Cli.Run("plan", Sample, "--format", "html").Expect(2).Err);
    }
}
