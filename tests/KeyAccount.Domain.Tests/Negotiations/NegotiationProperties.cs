using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.Negotiations;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Negotiations.Plans;

namespace KeyAccount.Domain.Tests.Negotiations;

public sealed class NegotiationProperties
{
    // ---- NEG-05: the position never passes the bottom line in force ----

    private sealed record BargainingMove(bool Revise, bool OnPrice, decimal Value)
    {
        public NegotiationCommand ToCommand(ActorId approver) => (Revise, OnPrice) switch
        {
            (false, true) => new MakeConcession(Price, Measure.Percent(Value), "move"),
            (false, false) => new MakeConcession(Term, Measure.Months(Value), "move"),
            (true, true) => new ReviseBottomLine(Price, Measure.Percent(Value), approver, "approved"),
            _ => new ReviseBottomLine(Term, Measure.Months(Value), approver, "approved"),
        };
    }

    private static readonly Gen<BargainingMove> Moves =
        from revise in Gen.Elements(false, false, true)
        from onPrice in Gen.Elements(true, false)
        from tenths in Gen.Choose(-10, 140)
        select new BargainingMove(revise, onPrice, revise ? (onPrice ? -7m + (tenths / 20m) : tenths / 10m) : tenths / 20m);

    [Property(MaxTest = 200)]
    [Trait("Rule", "NEG-05")]
    public Property Concessions_and_revisions_never_take_the_position_past_the_bottom_line_in_force() =>
        Prop.ForAll(Moves.ListOf().ToArbitrary(), moves =>
        {
            var state = InBargaining;
            foreach (var move in moves)
            {
                var before = state.FindObjective(move.OnPrice ? Price : Term)!;
                var (decision, next) = Plan.Apply(move.ToCommand(move.Value > 3m ? Analyst : Lead), state, Now);
                if (!move.Revise)
                {
                    // A concession is accepted exactly when it is positive and stays within the bottom line in force.
                    var o = before.Objective;
                    var amount = o.Preference == Preference.Higher ? -move.Value : move.Value;
                    var position = before.Position.Value + amount;
                    var within = o.Preference == Preference.Higher ? position >= before.BottomLine.Value : position <= before.BottomLine.Value;
                    if (decision.IsAccepted != (move.Value > 0m && within))
                    {
                        return false;
                    }
                }

                state = next;
                if (state.Objectives.Any(p => p.Objective.IsBetter(p.BottomLine, p.Position) || p.Objective.IsBetter(p.BottomLine, p.Objective.Target)))
                {
                    return false;
                }
            }

            return true;
        });

    // ---- NEG-11: a better achieved value never scores worse ----

    private static readonly Gen<(Objective Objective, Measure Achieved, Measure Better)> Scorings =
        from higher in Gen.Elements(true, false)
        from target in Gen.Choose(-50, 50)
        from slack in Gen.Choose(0, 30)
        from achieved in Gen.Choose(-90, 90)
        from gain in Gen.Choose(0, 40)
        let preference = higher ? Preference.Higher : Preference.Lower
        let bottom = higher ? target - slack : target + slack
        let better = higher ? achieved + gain : achieved - gain
        select (new Objective(Price, NegotiationTopic.Price, "m", preference, Measure.Percent(target), Measure.Percent(bottom), null),
                Measure.Percent(achieved), Measure.Percent(better));

    [Property(MaxTest = 500)]
    [Trait("Rule", "NEG-11")]
    public Property The_evaluation_is_monotone() =>
        Prop.ForAll(Scorings.ToArbitrary(), s =>
            OutcomeEvaluation.Score(s.Objective, s.Objective.BottomLine, s.Better) >= OutcomeEvaluation.Score(s.Objective, s.Objective.BottomLine, s.Achieved));

    // ---- GEN-02, GEN-05: random command sequences over the whole plan ----

    // Valid histories from the test kit: plans drafted, prepared, negotiated, signed and closed, now and then
    // suspended or abandoned; every accepted command of the history is run again here, step by step, in the context it
    // was decided in (the account's contract review that attaching and signing rely on, GEN-11).
    private static readonly Arbitrary<History<NegotiationCommand, NegotiationEvent, NegotiationPlan>> Sequences =
        NegotiationPlanGenerators.Histories().ToArbitrary();

    private static (NegotiationPlan State, List<NegotiationEvent> Events, List<(NegotiationPhase Before, NegotiationEvent Event)> Steps) RunAll(
        History<NegotiationCommand, NegotiationEvent, NegotiationPlan> generated)
    {
        var state = NegotiationPlan.Empty;
        var events = new List<NegotiationEvent>();
        var steps = new List<(NegotiationPhase, NegotiationEvent)>();
        foreach (var (command, context) in generated.Steps)
        {
            var before = state.Phase;
            var (decision, next) = Plan.Apply(command, state, context);
            if (decision.IsAccepted)
            {
                events.AddRange(decision.Events);
                steps.AddRange(decision.Events.Select(e => (before, e)));
            }

            state = next;
        }

        return (state, events, steps);
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "GEN-02")]
    public Property Replaying_the_events_of_any_command_sequence_rebuilds_the_same_state() =>
        Prop.ForAll(Sequences, generated =>
        {
            var (state, events, _) = RunAll(generated);
            return StateJson.Of(Plan.Replay(events)) == StateJson.Of(state) && StateJson.Of(state) == StateJson.Of(generated.State);
        });

    [Property(MaxTest = 100)]
    [Trait("Rule", "GEN-02")]
    public Property Every_event_of_any_command_sequence_survives_a_json_round_trip_and_replays_the_same() =>
        Prop.ForAll(Sequences, generated =>
        {
            var (state, history, _) = RunAll(generated);
            var stream = NegotiationPlanAggregate.StreamOf(PlanId);
            var lines = history.Select((e, i) => NegotiationPlanAggregate.Definition.Serializer.Serialize(
                new EventEnvelope<NegotiationEvent>(stream, i + 1, CommandId.From(Guid.Empty), Lead, Now.Now, e)));
            var read = NegotiationPlanAggregate.Definition.Serializer.ReadLines(lines);
            return read.IsT0 && StateJson.Of(Plan.Replay(read.AsT0.Select(e => e.Event))) == StateJson.Of(state);
        });

    [Property(MaxTest = 300)]
    [Trait("Rule", "GEN-05")]
    public Property No_accepted_command_leaves_the_phase_table_or_a_final_phase() =>
        Prop.ForAll(Sequences, generated =>
        {
            var (_, _, steps) = RunAll(generated);
            return steps.All(s => s.Event is not PhaseChanged p
                || (p.From == s.Before
                    && NegotiationLifecycle.Table.Find(p.From, p.Trigger)?.To == p.To
                    && p.From is not (NegotiationPhase.Closed or NegotiationPhase.Abandoned)));
        });

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void The_generated_histories_close_plans_through_the_seven_phase_changes_of_the_main_path()
    {
        var closed = NegotiationPlanGenerators.Histories().Sample(150, new Rnd(20250303UL), 60).Where(h => h.State.Phase == NegotiationPhase.Closed).ToList();

        Assert.NotEmpty(closed);
        Assert.All(closed, h =>
        {
            var (state, _, steps) = RunAll(h);
            Assert.Equal(NegotiationPhase.Closed, state.Phase);
            Assert.Equal(7, steps.Count(s => s.Event is PhaseChanged { Trigger: not (NegotiationTrigger.Suspend or NegotiationTrigger.Abandon) } p && !p.Trigger.ToString().StartsWith("Resume", StringComparison.Ordinal)));
        });
    }
}
