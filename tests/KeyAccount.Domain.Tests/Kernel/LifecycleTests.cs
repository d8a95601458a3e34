using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Kernel.Sample;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

[Trait("Rule", "GEN-05")]
public sealed class LifecycleTests
{
    private static readonly Lifecycle<TicketStatus, TicketTrigger> Table = TicketDecider.Lifecycle;

    [Fact]
    public void A_duplicate_row_fails_when_declared()
    {
        var builder = Lifecycle.Define<TicketStatus, TicketTrigger>("dup", TicketStatus.None, "TST-01")
            .Permit(TicketStatus.None, TicketTrigger.Open, TicketStatus.Open);
        var e = Assert.Throws<ArgumentException>(() => builder.Permit(TicketStatus.None, TicketTrigger.Open, TicketStatus.Done));
        Assert.Contains("already has a row", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_answers_allowed_and_refused_moves()
    {
        Assert.Equal(TicketStatus.InProgress, Table.Fire(TicketStatus.Open, TicketTrigger.Start).AsT0);
        var refused = Table.Fire(TicketStatus.Done, TicketTrigger.Start).AsT1;
        Assert.Equal("TST-01", refused.RuleId.Value);
        Assert.Null(Table.Check(TicketStatus.Open, TicketTrigger.Cancel));
        Assert.Equal(["TST-03"], Table.Find(TicketStatus.Open, TicketTrigger.Cancel)!.Guards.Select(g => g.Value));
    }

    [Fact]
    public void Reachability_and_terminal_states_are_derived_from_the_rows()
    {
        Assert.Equal([TicketStatus.None, TicketStatus.Open, TicketStatus.InProgress, TicketStatus.Done, TicketStatus.Cancelled], LifecycleAnalysis.ReachableStates(Table));
        Assert.Empty(LifecycleAnalysis.UnreachableStates(Table));
        Assert.Equal([TicketStatus.Done, TicketStatus.Cancelled], LifecycleAnalysis.TerminalStates(Table));

        var partial = Lifecycle.Define<TicketStatus, TicketTrigger>("partial", TicketStatus.None, "TST-01")
            .Permit(TicketStatus.None, TicketTrigger.Open, TicketStatus.Open).Build();
        Assert.Equal([TicketStatus.InProgress, TicketStatus.Done, TicketStatus.Cancelled], LifecycleAnalysis.UnreachableStates(partial));
    }

    [Fact]
    public void Mermaid_export_is_exact()
    {
        const string expected = """
            ---
            title: ticket
            ---
            stateDiagram-v2
                [*] --> None
                None --> Open : Open [TST-02]
                Open --> InProgress : Start
                InProgress --> Done : Finish
                Open --> Cancelled : Cancel [TST-03]
                InProgress --> Cancelled : Cancel [TST-03]
                Done --> [*]
                Cancelled --> [*]

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), LifecycleDiagram.ToMermaid(Table));
    }

    [Fact]
    public void Dot_export_is_exact()
    {
        const string expected = """
            digraph "ticket" {
                rankdir=LR;
                node [shape=box, style=rounded];
                "__start" [shape=point];
                "__start" -> "None";
                "Done" [peripheries=2];
                "Cancelled" [peripheries=2];
                "None" -> "Open" [label="Open [TST-02]"];
                "Open" -> "InProgress" [label="Start"];
                "InProgress" -> "Done" [label="Finish"];
                "Open" -> "Cancelled" [label="Cancel [TST-03]"];
                "InProgress" -> "Cancelled" [label="Cancel [TST-03]"];
            }

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), LifecycleDiagram.ToDot(Table));
    }

    [Property]
    public Property A_walk_only_visits_states_the_table_connects() =>
        Prop.ForAll(Gen.Elements(Enum.GetValues<TicketTrigger>()).ListOf().ToArbitrary(), triggers =>
        {
            var path = LifecycleAnalysis.Walk(Table, triggers);
            var reachable = LifecycleAnalysis.ReachableStates(Table);
            return path.All(reachable.Contains)
                && path.Zip(path.Skip(1)).All(step => Table.Transitions.Any(r => r.From == step.First && r.To == step.Second));
        });

    [Property]
    public Property The_decider_never_reaches_a_state_the_table_does_not_allow() =>
        Prop.ForAll(DeciderTests.CommandGen.ListOf().ToArbitrary(), commands =>
        {
            var decider = new TicketDecider();
            var state = decider.Initial;
            foreach (var command in commands)
            {
                var before = state.Status;
                (_, state) = decider.Apply(command, state, TestContexts.Default);
                if (state.Status != before && !Table.Transitions.Any(r => r.From == before && r.To == state.Status))
                {
                    return false;
                }
            }

            return true;
        });
}
