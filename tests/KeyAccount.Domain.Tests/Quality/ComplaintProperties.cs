using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.StateMachines;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.Quality;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Quality;

public sealed class ComplaintProperties
{
    private static readonly ComplaintDecider Decider = ComplaintDecider.Instance;

    /// <summary>The kit's candidate commands (every type, valid and invalid alike) for the complaint of <see cref="ComplaintSteps"/>.</summary>
    internal static readonly Gen<ComplaintCommand> Command = ComplaintGenerators.Candidates(ComplaintSteps.Complaint, ComplaintSteps.Account, ComplaintSteps.Today);

    internal static readonly Arbitrary<ComplaintCommand[]> Sequences = Arb.From(Command.ArrayOf());

    internal static List<(ComplaintState Before, ComplaintCommand Command, Decision<ComplaintEvent> Decision, ComplaintState After)> Run(IEnumerable<ComplaintCommand> commands)
    {
        var state = Decider.Initial;
        var steps = new List<(ComplaintState, ComplaintCommand, Decision<ComplaintEvent>, ComplaintState)>();
        foreach (var command in commands)
        {
            var (decision, next) = Decider.Apply(command, state, TestContexts.Default);
            steps.Add((state, command, decision, next));
            state = next;
        }

        return steps;
    }

    internal static string Describe(ComplaintState s) =>
        $"{s.IsReceived}|{s.Complaint}|{s.Account}|{s.Description}|{s.ReceivedOn}|{s.Status}|{s.Cause}|{s.Findings}|{s.ClosedOn}|"
        + string.Join(",", s.Actions.Select(a => $"{a.Number}:{a.Responsible}:{a.Action}:{a.DueOn}:{a.ImplementedOn}:{a.Effective}"));

    [Property(MaxTest = 200)]
    [Trait("Rule", "GEN-02")]
    public Property Any_sequence_of_accepted_commands_replays_to_the_same_state_also_after_a_json_round_trip() =>
        Prop.ForAll(Sequences, commands =>
        {
            var steps = Run(commands);
            var events = steps.Where(s => s.Decision.IsAccepted).SelectMany(s => s.Decision.Events).ToList();
            var final = steps.Count == 0 ? Decider.Initial : steps[^1].After;
            var read = events.Select(e => EventRoundTrip.Of(ComplaintAggregate.Definition.Serializer, e)).ToList();
            return Describe(Decider.Replay(events)) == Describe(final) && Describe(Decider.Replay(read)) == Describe(final);
        });

    [Property(MaxTest = 300)]
    [Trait("Rule", "GEN-05")]
    public Property No_accepted_command_leaves_the_table_and_a_rejected_one_changes_nothing() =>
        Prop.ForAll(Sequences, commands =>
            Run(commands).All(s =>
                !s.Decision.IsAccepted ? Describe(s.Before) == Describe(s.After)
                : s.Command is ReceiveComplaint ? !s.Before.IsReceived && s.After.Status == ComplaintStatus.Received
                : ComplaintLifecycle.Table.Find(s.Before.Status, ComplaintDecider.Instance.TriggerOf(s.Command, s.Before)!.Value)?.To == s.After.Status));

    [Property(MaxTest = 500)]
    [Trait("Rule", "CMP-01")]
    public Property No_sequence_of_accepted_commands_closes_a_complaint_whose_latest_action_was_not_verified_effective() =>
        Prop.ForAll(Sequences, commands =>
            Run(commands).Where(s => s.After.Status == ComplaintStatus.Closed)
                .All(s => s.After.CurrentAction is { Effective: true, ImplementedOn: not null } && s.After.Cause is not null));

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Every_state_is_reachable_and_only_closing_is_terminal()
    {
        Assert.Empty(LifecycleAnalysis.UnreachableStates(ComplaintLifecycle.Table));
        Assert.Equal([ComplaintStatus.Closed], LifecycleAnalysis.TerminalStates(ComplaintLifecycle.Table).ToArray());
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Random_sequences_reach_every_state_of_the_table()
    {
        var reached = Sequences.Generator.Sample(30, new Rnd(20250303UL), 300).SelectMany(commands => Run(commands).Select(s => s.After.Status)).ToHashSet();

        Assert.Equal(System.Enum.GetValues<ComplaintStatus>().ToHashSet(), reached);
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void Every_event_type_of_the_catalogue_survives_a_json_round_trip()
    {
        var today = ComplaintSteps.Today;
        ComplaintEvent[] samples =
        [
            new ComplaintReceived(ComplaintSteps.Complaint, ComplaintSteps.Account, "泵轴封漏油", today),
            new ComplaintSourceRecorded(ComplaintSource.OfFeedback(2)),
            new ComplaintInvestigated(ComplaintCause.Packaging, "Carton crushed", today),
            new CorrectiveActionRequested(2, Department.Warehouse, "Double-wall cartons", today.PlusDays(7), today),
            new CorrectiveActionImplemented(2, "Supplier changed", today.PlusDays(3)),
            new EffectivenessVerified(2, false, "One more crushed carton", today.PlusDays(20)),
            new ComplaintClosed(today.PlusDays(40)),
        ];

        Assert.Equal(ComplaintAggregate.Definition.Events.EventTypes.ToHashSet(), samples.Select(s => s.GetType()).ToHashSet());
        foreach (var sample in samples)
        {
            Assert.Equal(sample, EventRoundTrip.Of(ComplaintAggregate.Definition.Serializer, sample));
        }
    }

    // ---- model-based ----

    public sealed class Actual
    {
        public ComplaintState State { get; set; } = ComplaintDecider.Instance.Initial;
    }

    /// <summary>The complaint rules in the fewest words: a status, the responsible department of the open request, and whether the last command was accepted.</summary>
    public sealed record Model(bool Received, ComplaintStatus Status, Department? Responsible, int Requests, bool LastAccepted)
    {
        public static Model Initial { get; } = new(false, ComplaintStatus.None, null, 0, true);

        public Model Step(ComplaintCommand command, LocalDate today)
        {
            var ok = this with { LastAccepted = true };
            return command switch
            {
                ReceiveComplaint r when !Received && r.By == Department.Sales && !string.IsNullOrWhiteSpace(r.Description) => ok with { Received = true, Status = ComplaintStatus.Received },
                RecordInvestigation i when Received && Status == ComplaintStatus.Received && i.By == Department.Quality && !string.IsNullOrWhiteSpace(i.Findings) =>
                    ok with { Status = ComplaintStatus.Investigated },
                RequestCorrectiveAction a when Received && Status == ComplaintStatus.Investigated && a.By == Department.Quality && !string.IsNullOrWhiteSpace(a.Action) && a.DueOn >= today =>
                    ok with { Status = ComplaintStatus.ActionRequested, Responsible = a.Responsible, Requests = Requests + 1 },
                ReportActionImplemented i when Received && Status == ComplaintStatus.ActionRequested && i.By == Responsible && !string.IsNullOrWhiteSpace(i.Description) =>
                    ok with { Status = ComplaintStatus.ActionImplemented },
                VerifyEffectiveness v when Received && Status == ComplaintStatus.ActionImplemented && v.By == Department.Quality && !string.IsNullOrWhiteSpace(v.Evidence) =>
                    ok with { Status = v.Effective ? ComplaintStatus.Verified : ComplaintStatus.Investigated },
                CloseComplaint c when Received && Status == ComplaintStatus.Verified && c.By == Department.Quality => ok with { Status = ComplaintStatus.Closed },
                _ => this with { LastAccepted = false },
            };
        }
    }

    private sealed class Execute(ComplaintCommand command) : Operation<Actual, Model>
    {
        public override Model Run(Model model) => model.Step(command, ComplaintSteps.Today);

        public override Property Check(Actual actual, Model model)
        {
            var (decision, next) = ComplaintDecider.Instance.Apply(command, actual.State, TestContexts.Default);
            actual.State = next;
            var agrees = decision.IsAccepted == model.LastAccepted
                && next.IsReceived == model.Received
                && next.Status == model.Status
                && next.Actions.Count == model.Requests
                && (decision.IsAccepted || decision.Error.RuleId.Value == "CMP-01");
            return agrees.Label($"{command} → {(decision.IsAccepted ? "accepted" : decision.Error.ToString())}; decider {next.Status}, model {model}");
        }

        public override string ToString() => command.ToString();
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "CMP-01")]
    public Property The_decider_agrees_with_a_model_of_the_complaint_rules_for_any_command_sequence() =>
        StateMachine.ToProperty(new CommandMachine<Actual, Model>(30, () => new Actual(), () => Model.Initial, _ => Command.Select(c => (Operation<Actual, Model>)new Execute(c))));
}
