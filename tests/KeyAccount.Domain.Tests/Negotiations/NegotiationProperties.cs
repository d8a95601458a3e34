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

    private static readonly NegotiationCommand[] Pool =
    [
        new SetObjective(PriceObjective), new SetObjective(TermObjective), Team, Counterpart,
        new DefineStrategy(["bundle"], "no more than 2 % off"), new ScheduleMeeting(Meeting, "room 3"),
        new CompletePreparation(), new IntroduceDelegates(["Wang Lei", "Li Na", "Chen Gang"]), new StatePurpose("renew"), Agenda,
        new CompleteOpening(), new StartBargaining(), new RaiseDispute(Penalty, "penalty for late delivery"),
        new SettleDispute(Penalty, Settlement.Deferred, "later"), new SettleAgendaItem(PriceItem, Settlement.Agreed, "-3 %"),
        new SettleAgendaItem(TermItem, Settlement.Deferred, "next year"), new MakeConcession(Price, Measure.Percent(1m), "volume"),
        new ReviseBottomLine(Price, Measure.Percent(-1m), Lead, "approved"), new AdjustStrategy("term first", "volume firm"),
        new ReachPreliminaryAgreement(),
        new RecordMinutes(CompleteMinutes with { NotAgreed = [.. CompleteMinutes.NotAgreed, new UnresolvedItem("Term of the agreement", DraftAction)] }),
        new AttachContractReview(Review), new SignAgreement(), new RecordOutcome(Price, Measure.Percent(-3m)), new StartFollowUp(),
        new CompleteFollowUp(DraftAction, "sent"), new CancelFollowUp(PenaltyAction, "not needed"), new ClosePlan(),
        new SuspendNegotiation("deadlock"), new ResumeNegotiation(), new AbandonNegotiation("lost"),
    ];

    // The main path (the first 28 commands of the pool lead from a drafted plan to a closed one), cut at a random
    // point and interleaved with random commands, so that sequences reach every phase and also stray from the path.
    private static readonly Arbitrary<NegotiationCommand[]> Sequences =
        (from cut in Gen.Choose(0, 28)
         from noise in Gen.Frequency((12, Gen.Elements(Pool.Where(c => c is not AbandonNegotiation).ToArray())), (1, Gen.Constant(Pool[^1]))).ArrayOf()
         select Interleave(Pool.Take(cut).ToArray(), noise))
        .ToArbitrary();

    private static NegotiationCommand[] Interleave(NegotiationCommand[] path, NegotiationCommand[] noise)
    {
        var result = new List<NegotiationCommand>();
        for (var i = 0; i < Math.Max(path.Length, noise.Length); i++)
        {
            if (i < path.Length)
            {
                result.Add(path[i]);
            }

            if (i < noise.Length && i % 3 == 0)
            {
                result.Add(noise[i]);
            }
        }

        return [.. result];
    }

    private static (NegotiationPlan State, List<NegotiationEvent> Events, List<(NegotiationPhase Before, NegotiationEvent Event)> Steps) RunAll(NegotiationCommand[] commands)
    {
        var state = Drafted;
        var events = new List<NegotiationEvent>();
        var steps = new List<(NegotiationPhase, NegotiationEvent)>();
        foreach (var command in commands)
        {
            var before = state.Phase;
            var (decision, next) = Plan.Apply(command, state, Now);
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
        Prop.ForAll(Sequences, commands =>
        {
            var (state, events, _) = RunAll(commands);
            var history = new[] { new PlanDrafted(PlanId, Account, Draft.Theme, [.. Draft.Topics]) }.Concat(events).ToList();
            return StateJson.Of(Plan.Replay(history)) == StateJson.Of(state);
        });

    [Property(MaxTest = 100)]
    [Trait("Rule", "GEN-02")]
    public Property Every_event_of_any_command_sequence_survives_a_json_round_trip_and_replays_the_same() =>
        Prop.ForAll(Sequences, commands =>
        {
            var (state, events, _) = RunAll(commands);
            var history = new NegotiationEvent[] { new PlanDrafted(PlanId, Account, Draft.Theme, [.. Draft.Topics]) }.Concat(events).ToList();
            var stream = StreamId.For("negotiation", PlanId);
            var lines = history.Select((e, i) => NegotiationEventCatalog.Serializer.Serialize(
                new EventEnvelope<NegotiationEvent>(stream, i + 1, CommandId.From(Guid.Empty), Lead, Now.Now, e)));
            var read = NegotiationEventCatalog.Serializer.ReadLines(lines);
            return read.IsT0 && StateJson.Of(Plan.Replay(read.AsT0.Select(e => e.Event))) == StateJson.Of(state);
        });

    [Property(MaxTest = 300)]
    [Trait("Rule", "GEN-05")]
    public Property No_accepted_command_leaves_the_phase_table_or_a_final_phase() =>
        Prop.ForAll(Sequences, commands =>
        {
            var (_, _, steps) = RunAll(commands);
            return steps.All(s => s.Event is not PhaseChanged p
                || (p.From == s.Before
                    && NegotiationLifecycle.Table.Find(p.From, p.Trigger)?.To == p.To
                    && p.From is not (NegotiationPhase.Closed or NegotiationPhase.Abandoned)));
        });

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void The_main_path_of_the_command_pool_closes_the_plan()
    {
        var (state, _, steps) = RunAll(Pool.Take(28).ToArray());

        Assert.Equal(NegotiationPhase.Closed, state.Phase);
        Assert.Equal(7, steps.Count(s => s.Event is PhaseChanged));
    }
}
