using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.StateMachines;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.Reconciliation;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Reconciliation.SalesDayFixture;

namespace KeyAccount.Domain.Tests.Reconciliation;

/// <summary>Laws of the sales day: replay, JSON, the lifecycle table and a model of REC-03/REC-04.</summary>
public sealed class SalesDayProperties
{
    private static Arbitrary<History<SalesDayCommand, SalesDayEvent, SalesDayState>> Histories =>
        SalesDayGenerators.Histories(Context).ToArbitrary();

    [Property(MaxTest = 300)]
    [Trait("Rule", "REC-03")]
    public Property Replaying_the_accepted_events_gives_the_same_state_and_deciding_again_gives_the_same_events() =>
        Prop.ForAll(Histories, history =>
        {
            var (state, again) = Run(history.Commands);
            return Replay(history.Events).Equals(history.State) && state.Equals(history.State) && history.Events.SequenceEqual(again);
        });

    [Property(MaxTest = 300)]
    [Trait("Rule", "REC-04")]
    public Property No_accepted_command_leaves_the_table_and_a_closed_day_accepts_nothing() =>
        Prop.ForAll(
            SalesDayGenerators.Histories(Context).SelectMany(h => SalesDayGenerators.Commands(h.State).ArrayOf(), (h, next) => h.Commands.Concat(next).ToArray()).ToArbitrary(),
            commands =>
        {
            var state = DayDecider.Initial;
            foreach (var command in commands)
            {
                var decision = When(state, command);
                if (state.Status == SalesDayStatus.Closed && decision.IsAccepted)
                {
                    return false.Label($"closed day accepted {command}");
                }

                if (!decision.IsAccepted)
                {
                    continue;
                }

                foreach (var e in decision.Events)
                {
                    var next = DayDecider.Evolve(state, e);
                    if (Trigger(e) is { } trigger && SalesDayLifecycle.Table.Find(state.Status, trigger)?.To != next.Status)
                    {
                        return false.Label($"{state.Status} --{trigger}--> {next.Status} is not in the table");
                    }

                    state = next;
                }
            }

            return true.ToProperty();
        });

    [Fact]
    public void Every_state_of_the_table_is_reachable_and_only_closed_is_terminal()
    {
        Assert.Empty(LifecycleAnalysis.UnreachableStates(SalesDayLifecycle.Table));
        Assert.Equal([SalesDayStatus.Closed], LifecycleAnalysis.TerminalStates(SalesDayLifecycle.Table));
    }

    [Property(MaxTest = 100)]
    public Property Every_accepted_event_survives_a_JSON_round_trip() =>
        Prop.ForAll(Histories, history => history.Events.All(e => e.Equals(EventRoundTrip.Of(SalesDayAggregate.Definition.Serializer, e))));

    [Fact]
    public void Every_event_type_survives_a_JSON_round_trip()
    {
        SalesDayEvent[] events =
        [
            Opened,
            new NoticeCopyPosted(N(45), NoticeCopy.Cashier, Date, Money.Cny(300.5m), new EntryReference(EarlierDayId, N(45))),
            new PaymentPosted(N(46), Money.Cny(1m), PaymentChannel.BankTransfer, Collector.Developer, null),
            Reconciled(Missing42, Amount43),
            new DiscrepancyExplained(Missing42, "Filed with the next day's copies.", SiteManager),
            new SalesDayClosed(SiteManager, false),
        ];

        Assert.Equal(SalesDayAggregate.Definition.Events.EventTypes.Count(), events.Select(e => e.GetType()).Distinct().Count());
        foreach (var e in events)
        {
            Assert.Equal(e, EventRoundTrip.Of(SalesDayAggregate.Definition.Serializer, e));
        }
    }

    [Fact]
    public void Wire_names_are_stable() =>
        Assert.Equal(
            ["sales_day.opened.v2", "sales_day.payment_posted.v1", "sales_day.notice_copy_posted.v1", "sales_day.reconciled.v2", "sales_day.discrepancy_explained.v1", "sales_day.closed.v1"],
            SalesDayAggregate.Definition.Events.WireNames);

    [Property(MaxTest = 100)]
    [Trait("Rule", "REC-03")]
    public Property The_decider_behaves_like_the_model_of_a_sales_day() => StateMachine.ToProperty(new SalesDayMachine());

    private static SalesDayTrigger? Trigger(SalesDayEvent e) => e switch
    {
        PaymentPosted or NoticeCopyPosted => SalesDayTrigger.PostEntry,
        SalesDayReconciled => SalesDayTrigger.Reconcile,
        DiscrepancyExplained => SalesDayTrigger.ExplainDiscrepancy,
        SalesDayClosed => SalesDayTrigger.Close,
        _ => null,
    };

    private static (SalesDayState State, List<SalesDayEvent> Events) Run(IEnumerable<SalesDayCommand> commands)
    {
        var state = DayDecider.Initial;
        var events = new List<SalesDayEvent>();
        foreach (var command in commands)
        {
            var decision = When(state, command);
            if (decision.IsAccepted)
            {
                foreach (var e in decision.Events)
                {
                    state = DayDecider.Evolve(state, e);
                    events.Add(e);
                }
            }
        }

        return (state, events);
    }

    /// <summary>The day under test: the decider's state, moved by accepted commands only.</summary>
    private sealed class Day
    {
        public SalesDayState State { get; set; } = DayDecider.Initial;

        public bool Apply(SalesDayCommand command)
        {
            var decision = When(State, command);
            if (decision.IsAccepted)
            {
                foreach (var e in decision.Events)
                {
                    State = DayDecider.Evolve(State, e);
                }
            }

            return decision.IsAccepted;
        }
    }

    /// <summary>The model: the opening, a status, the entries posted and the sets of open and explained discrepancies;
    /// a reconciliation is what <see cref="ReconciliationBatch"/> reports for the entries.</summary>
    private sealed record Model(OpenSalesDay? Opening, SalesDayStatus Status, IReadOnlySet<ReportedDiscrepancy> Open, IReadOnlySet<ReportedDiscrepancy> Explained)
    {
        public IReadOnlyList<SalesDayCommand> Entries { get; init; } = [];

        public bool Opened => Opening is not null;

        /// <summary>The state the kit's command generator aims at: what the model knows of the day.</summary>
        public SalesDayState Target => Opening is null
            ? SalesDayState.Initial
            : SalesDayState.Initial with
            {
                Day = Opening.Day, Site = Opening.Site, Date = Opening.Date, SiteManager = Opening.SiteManager, Mode = Opening.Mode, Status = Status,
                Discrepancies = [.. Open], Explained = [.. Explained],
            };

        public override string ToString() => $"{(Opened ? Status : "not opened")}, {Open.Count - Explained.Count} unexplained";
    }

    private sealed class SalesDayMachine : Machine<Day, Model>
    {
        public override Arbitrary<Setup<Day, Model>> Setup =>
            Gen.Constant(StateMachine.Setup(() => new Day(), () => new Model(null, SalesDayStatus.Open, new HashSet<ReportedDiscrepancy>(), new HashSet<ReportedDiscrepancy>()))).ToArbitrary();

        public override Gen<Operation<Day, Model>> Next(Model model) => SalesDayGenerators.Commands(model.Target).Select(c => (Operation<Day, Model>)new Step(c));
    }

    /// <summary>One command, with the model's prediction of whether it is accepted and what follows.</summary>
    private sealed class Step(SalesDayCommand command) : Operation<Day, Model>
    {
        public override bool Pre(Model model) => true;

        public override Model Run(Model m) => Accepts(m) ? Next(m) : m;

        public override Property Check(Day actual, Model model)
        {
            var accepted = actual.Apply(command);
            var state = actual.State;
            return (state.IsOpened == model.Opened && (!model.Opened || state.Status == model.Status)
                    && state.Unexplained.ToHashSet().SetEquals(model.Open.Except(model.Explained)))
                .Label($"{command}: accepted {accepted}, state {state.Status}, model {model}");
        }

        public override string ToString() => command.ToString();

        private bool Accepts(Model m) => command switch
        {
            OpenSalesDay => !m.Opened,
            _ when !m.Opened || m.Status == SalesDayStatus.Closed => false,
            PostPayment p => p.Corrects is null || p.Corrects.Day != m.Opening!.Day,
            PostNoticeCopy p => p.Corrects is null || p.Corrects.Day != m.Opening!.Day,
            ReconcileSalesDay => true,
            ExplainDiscrepancy e => m.Status == SalesDayStatus.Reconciled && m.Open.Contains(e.Discrepancy)
                && !string.IsNullOrWhiteSpace(e.Explanation) && e.SignedOffBy == m.Opening!.SiteManager,
            CloseSalesDay c => m.Status == SalesDayStatus.Reconciled && c.By == m.Opening!.SiteManager && m.Open.IsSubsetOf(m.Explained),
            _ => throw new InvalidOperationException(),
        };

        private Model Next(Model m) => command switch
        {
            OpenSalesDay o => m with { Opening = o },
            PostPayment or PostNoticeCopy => m with { Status = SalesDayStatus.Open, Entries = [.. m.Entries, command] },
            ReconcileSalesDay => m with { Status = SalesDayStatus.Reconciled, Open = SalesDayReports.Expected(m.Opening!, m.Entries).Discrepancies.ToHashSet(), Explained = new HashSet<ReportedDiscrepancy>() },
            ExplainDiscrepancy e => m with { Explained = m.Explained.Append(e.Discrepancy).ToHashSet() },
            CloseSalesDay => m with { Status = SalesDayStatus.Closed },
            _ => throw new InvalidOperationException(),
        };
    }
}
