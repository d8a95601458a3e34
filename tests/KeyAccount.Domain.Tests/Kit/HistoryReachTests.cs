using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Service;
using KeyAccount.Domain.StateMachines;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>
/// How far the kit's histories over time get, for every aggregate of <see cref="AggregateCatalogue.All"/>: where they
/// end (terminal statuses of the lifecycle table in bold), how often they reach the deadline states the rules compute
/// (a refund date, an overdue contact, a late response, shipment or acknowledgement, an overdue action), how many are
/// empty and how many end stuck (not finished, and none of the family's candidates moves them on). The table in <c>docs/testing.md</c> is this measurement (rewritten under
/// <c>UPDATE_DIAGRAMS=1</c>).
/// </summary>
public sealed class HistoryReachTests(ITestOutputHelper output)
{
    // Empty histories and stuck endings together stay under this share, for every aggregate.
    private const double MostEmptyOrStuck = 0.05;

    // How many of the family's candidates a stuck ending refuses, on its last day and a week later.
    private const int CandidatesTried = 60;

    // Endings the table could move on from, but the rules never will: a subscription cancelled or returned with nothing
    // to refund (CAN-04, CAN-05, RET-03 refuse every refund).
    private static readonly Dictionary<string, Func<object, bool>> FinishedThere = new()
    {
        ["subscription"] = s => s is SubscriptionState { Status: SubscriptionStatus.Cancelled or SubscriptionStatus.Returned, RefundDue.IsPositive: false },
    };

    private static readonly Dictionary<string, Deadline[]> Deadlines = new()
    {
        ["subscription"] =
        [
            Deadline.Of<SubscriptionCommand, SubscriptionEvent, SubscriptionState>("a refund date (CAN-05)", h => h.Events.OfType<CancellationApproved>().Any(a => a.RefundPayableFrom is not null)),
            Deadline.Of<SubscriptionCommand, SubscriptionEvent, SubscriptionState>("a refund paid from its date (CAN-05)",
                h => h.Events.OfType<RefundPaid>().Any() && h.Events.OfType<CancellationApproved>().Any(a => a.RefundPayableFrom is not null)),
        ],
        ["account-pipeline"] =
        [
            Deadline.Of<AccountCommand, AccountEvent, AccountState>("a key contact overdue (ACC-14)", h => h.State.OverdueContacts(LastDay(h), ContactIntervalPolicy.Default).Count > 0),
        ],
        ["account-service"] =
        [
            Deadline.Of<AccountServiceCommand, AccountServiceEvent, AccountServiceState>("a late first response (KAM-04)",
                h => h.Events.OfType<SupportRequestResponded>().Any(r => r.WorkingDaysLate > 0) || h.State.OverdueRequestsAsOf(LastDay(h)).Count > 0),
            Deadline.Of<AccountServiceCommand, AccountServiceEvent, AccountServiceState>("feedback past its window (KAM-05)", h => h.State.OverdueFeedbackAsOf(LastDay(h)).Count > 0),
        ],
        ["service-request"] =
        [
            Deadline.Of<ServiceRequestCommand, ServiceRequestEvent, ServiceRequestState>("acknowledged late or overdue (DLV-05)",
                h => h.Events.OfType<ServiceRequestAcknowledged>().Any(a => a.WorkingDaysLate > 0) || h.State.IsOverdueAsOf(LastDay(h))),
        ],
        ["fulfilment-order"] =
        [
            Deadline.Of<FulfilmentOrderCommand, FulfilmentOrderEvent, FulfilmentOrderState>("a late shipment (DLV-04)", h => h.Events.OfType<ShipmentRecorded>().Any(s => s.DaysLate > 0)),
        ],
        ["complaint"] =
        [
            Deadline.Of<ComplaintCommand, ComplaintEvent, ComplaintState>("a corrective action past its due day (CMP-01)",
                h => h.State.Actions.Any(a => a.IsOverdueOn(LastDay(h)) || a.ImplementedOn > a.DueOn)),
        ],
    };

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Histories_of_every_aggregate_move_over_time_reach_their_ends_and_deadlines_and_are_seldom_empty_or_stuck()
    {
        var reaches = AggregateCatalogue.All.Select(a => a.Accept(new Measure())).ToList();
        var table = Table(reaches);
        output.WriteLine(table);
        foreach (var r in reaches.Where(r => r.StuckIn.Count > 0))
        {
            output.WriteLine($"{r.Name} stuck in: {string.Join(", ", r.StuckIn)}");
        }

        if (GeneratedFiles.Compare)
        {
            var path = Path.Combine(DiagramFiles.RepositoryRoot(), "docs", "testing.md");
            var guide = File.ReadAllText(path).ReplaceLineEndings("\n");
            var expected = GeneratedFiles.WithRegion(guide, "docs/testing.md", "reach", table);
            if (GeneratedFiles.Rewrite)
            {
                File.WriteAllText(path, expected);
                guide = expected;
            }

            Assert.Equal(expected, guide);
        }

        Assert.All(reaches, r => Assert.True(r.Empty + r.Stuck < MostEmptyOrStuck, $"{r.Name}: {r.Empty:P1} empty and {r.Stuck:P1} stuck"));
        Assert.All(reaches, r => Assert.True(r.DaysGoBack == 0, $"{r.Name}: {r.DaysGoBack} histories decide a command on a day before the one before it"));
        Assert.All(reaches, r => Assert.True(r.OverTime > 0.9, $"{r.Name}: {r.OverTime:P1} decided on another day than the context's"));
        Assert.All(reaches.Where(r => Deadlines.ContainsKey(r.Name)), r => Assert.All(r.Deadlines, d => Assert.True(d.Share >= 0.05, $"{r.Name}: {d.Label} in {d.Share:P1}")));
    }

    private static LocalDate LastDay<TCommand, TEvent, TState>(History<TCommand, TEvent, TState> history) =>
        history.Contexts.Count > 0 ? history.Contexts[^1].Today : default;

    private static string Table(IEnumerable<Reach> reaches)
    {
        var rows = reaches.Select(r =>
            $"| {r.Name} | {Percent(r.Empty)} | {Percent(r.Stuck)} | {Percent(r.ManyDays)} | {string.Join(", ", r.Ends.Select(e => (e.Terminal ? $"**{e.Status}**" : e.Status) + " " + Percent(e.Share)))} | "
            + (r.Deadlines.Count == 0 ? "—" : string.Join(", ", r.Deadlines.Select(d => $"{d.Label} {Percent(d.Share)}"))) + " |");
        return "| Aggregate | Empty | Stuck | Over more than one day | Where histories end (terminal in bold) | Deadline states reached |\n"
            + "|---|---|---|---|---|---|\n" + string.Join("\n", rows) + "\n";
    }

    private static string Percent(double share) =>
        share is > 0 and < 0.005 ? "<1 %" : (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    private sealed record Reach(
        string Name, double Empty, double Stuck, double ManyDays, double OverTime, int DaysGoBack,
        IReadOnlyList<(string Status, bool Terminal, double Share)> Ends, IReadOnlyList<(string Label, double Share)> Deadlines, IReadOnlyList<string> StuckIn);

    private sealed record Deadline(string Label, Func<object, bool> Reached)
    {
        public static Deadline Of<TCommand, TEvent, TState>(string label, Func<History<TCommand, TEvent, TState>, bool> reached) =>
            new(label, h => reached((History<TCommand, TEvent, TState>)h));
    }

    private sealed class Measure : ITriggeredAggregateVisitor<Reach>
    {
        Reach ITriggeredAggregateVisitor<Reach>.Visit<TCommand, TEvent, TState, TStatus, TTrigger>(AggregateDefinition<TCommand, TEvent, TState, TStatus, TTrigger> aggregate)
        {
            var histories = HistoriesOverTimeTests.Sample(AggregateHistories.For(aggregate));
            double Share(Func<History<TCommand, TEvent, TState>, bool> p) => histories.Count(p) / (double)histories.Count;
            var terminal = LifecycleAnalysis.TerminalStates(aggregate.Lifecycle).ToHashSet();
            var finished = FinishedThere.GetValueOrDefault(aggregate.Name, _ => false);
            var candidates = Candidates<TCommand, TEvent, TState>();
            var seed = 0UL;
            var stuckIn = histories.Where(h => h.Commands.Count > 0 && !terminal.Contains(aggregate.StatusOf(h.State)) && !finished(h.State) && IsStuck(aggregate.Decider, candidates, h, ++seed))
                .Select(h => aggregate.StatusOf(h.State).ToString()).ToList();
            var stuck = stuckIn.Count / (double)histories.Count;
            var ends = histories.GroupBy(h => aggregate.StatusOf(h.State))
                .Select(g => (Status: g.Key.ToString(), Terminal: terminal.Contains(g.Key), Share: g.Count() / (double)histories.Count))
                .OrderByDescending(e => e.Share).ThenBy(e => e.Status, StringComparer.Ordinal).ToList();
            var deadlines = Deadlines.TryGetValue(aggregate.Name, out var found) ? found.Select(d => (d.Label, Share: Share(h => d.Reached(h)))).ToList() : [];
            var first = histories.Where(h => h.Contexts.Count > 0).Select(h => h.Contexts[0].Today).ToList();
            return new Reach(
                aggregate.Name,
                Share(h => h.Commands.Count == 0),
                stuck,
                Share(h => h.Contexts.Select(c => c.Today).Distinct().Count() > 1),
                first.Count(d => d != TestContexts.Default.Today) / (double)Math.Max(1, first.Count),
                histories.Count(h => h.Contexts.Zip(h.Contexts.Skip(1), (a, b) => a.Today > b.Today).Any(back => back)),
                ends,
                deadlines,
                stuckIn.GroupBy(s => s).Select(g => $"{g.Key} {g.Count()}").ToList());
        }

        // Stuck: an unfinished history none of the family's candidates moves on (an accepted command with events),
        // neither on the day of its last command nor a week later (when waiting periods have passed).
        private static bool IsStuck<TCommand, TEvent, TState>(
            IDecider<TCommand, TEvent, TState> decider, CandidateSource<TCommand, TState> candidates, History<TCommand, TEvent, TState> history, ulong seed)
        {
            var last = history.Contexts[^1];
            var later = last.At(last.Now.Plus(Duration.FromDays(7)));
            return new[] { last, later }.All(context => candidates.For(history.State, context).Sample(CandidatesTried, new Rnd(seed), 50)
                .All(command => decider.Decide(command, history.State, candidates.Supply(history.State, command, context)) is var d && (d.IsRejected || !d.Events.Any())));
        }

        // The family's Commands(state[, today]) and ContextFor(state, [command, ]context), found as AggregateHistories
        // finds Histories(context).
        private static CandidateSource<TCommand, TState> Candidates<TCommand, TEvent, TState>()
        {
            var methods = typeof(AggregateHistories).Assembly.GetExportedTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static)).ToList();
            MethodInfo? Find(string name, Type returns, params Type[] parameters) =>
                methods.SingleOrDefault(m => m.Name == name && m.ReturnType == returns && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters));
            var gen = typeof(Gen<TCommand>);
            var byDay = Find("Commands", gen, typeof(TState), typeof(LocalDate));
            var byContext = Find("Commands", gen, typeof(TState), typeof(DecisionContext));
            var plain = Find("Commands", gen, typeof(TState))!;
            var supply = Find("ContextFor", typeof(DecisionContext), typeof(TState), typeof(TCommand), typeof(DecisionContext));
            var supplyByState = Find("ContextFor", typeof(DecisionContext), typeof(TState), typeof(DecisionContext));
            return new CandidateSource<TCommand, TState>(
                (state, context) => (Gen<TCommand>)(byDay?.Invoke(null, [state, context.Today]) ?? byContext?.Invoke(null, [state, context]) ?? plain.Invoke(null, [state]))!,
                (state, command, context) => (DecisionContext)(supply?.Invoke(null, [state, command, context]) ?? supplyByState?.Invoke(null, [state, context]) ?? context));
        }
    }

    private sealed record CandidateSource<TCommand, TState>(Func<TState, DecisionContext, Gen<TCommand>> For, Func<TState, TCommand, DecisionContext, DecisionContext> Supply);
}
