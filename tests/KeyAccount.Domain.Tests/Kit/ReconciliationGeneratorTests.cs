using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.Reconciliation;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

public sealed class ReconciliationGeneratorTests
{
    private static readonly SalesDayDecider Decider = SalesDayDecider.Instance;

    private static readonly IReadOnlyList<Type> CommandTypes = Support.CommandTypes.Of<SalesDayCommand>();

    [Property(MaxTest = 200)]
    [Trait("Rule", "REC-03")]
    [Trait("Rule", "REC-04")]
    public Property Generated_sales_day_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(SalesDayGenerators.Histories().ToArbitrary(), history =>
        {
            var state = Decider.Initial;
            var events = new List<SalesDayEvent>();
            foreach (var command in history.Commands)
            {
                var decision = Decider.Decide(command, state, TestContexts.Default);
                if (decision.IsRejected)
                {
                    return false.Label($"{command} rejected in {state.Status}");
                }

                foreach (var e in decision.Events)
                {
                    state = Decider.Evolve(state, e);
                    events.Add(e);
                }
            }

            var replayed = Replay(history.Events);

            // SalesDayState compares its discrepancies in order and its explained ones as a set.
            return (replayed.Equals(history.State) && state.Equals(history.State) && events.SequenceEqual(history.Events))
                .Label($"{history}: replayed {replayed}, decided {state}, generated {history.State}");
        });

    [Fact]
    public void Sales_day_commands_cover_every_command_type_in_the_states_histories_reach()
    {
        var states = SalesDayGenerators.Histories().Sample(60, new Rnd(20250303UL), 200).SelectMany(h => Prefixes(h.Events)).ToList();

        var generated = states.SelectMany(s => SalesDayGenerators.Commands(s).Sample(10, new Rnd(20250303UL), 3)).Select(c => c.GetType()).ToHashSet();

        Assert.Equal(CommandTypes, generated.OrderBy(t => t.Name));
    }

    [Fact]
    [Trait("Rule", "REC-03")]
    public void Sales_day_histories_accept_every_command_type_and_reach_every_status()
    {
        var histories = SalesDayGenerators.Histories().Sample(80, new Rnd(20250303UL), 200);

        // Every command type is accepted somewhere: OpenSalesDay first, then entries, reconciliations, explanations
        // and closings; none is unreachable.
        Assert.Equal(CommandTypes, histories.SelectMany(h => h.Commands).Select(c => c.GetType()).Distinct().OrderBy(t => t.Name));
        Assert.Equal(Enum.GetValues<SalesDayStatus>().Where(s => s != SalesDayStatus.None), histories.Where(h => h.State.IsOpened).Select(h => h.State.Status).Distinct().Order());
        Assert.Contains(histories, h => h.Events.OfType<SalesDayClosed>().Any(c => !c.Balanced));
        Assert.Contains(histories, h => h.Events.OfType<SalesDayClosed>().Any(c => c.Balanced));
        Assert.Contains(histories, h => h.Events.OfType<PaymentPosted>().Any(p => p.Corrects is not null) || h.Events.OfType<NoticeCopyPosted>().Any(p => p.Corrects is not null));
    }

    [Fact]
    public void Sales_day_commands_include_ones_the_day_refuses()
    {
        var opened = Decider.Evolve(Decider.Initial, new SalesDayOpened(default, default, new NodaTime.LocalDate(2025, 3, 3), new Identifiers.ActorId("M001"), SalesMode.Agency));
        var reconciled = Decider.Evolve(opened, new SalesDayReconciled(1, [new ReportedDiscrepancy(DiscrepancyKind.AmountMismatch, RemittanceNoticeNumber.From(7))]));

        var decisions = new[] { Decider.Initial, opened, reconciled }
            .SelectMany(s => SalesDayGenerators.Commands(s).Sample(10, new Rnd(20250303UL), 200).Select(c => Decider.Decide(c, s, TestContexts.Default)))
            .ToList();

        Assert.Contains(decisions, d => d.IsAccepted);
        Assert.Contains(decisions, d => d.IsRejected);
    }

    [Property(MaxTest = 100)]
    [Trait("Rule", "REC-01")]
    public Property A_generated_balanced_day_reconciles_without_discrepancy() =>
        Prop.ForAll(ReconciliationGenerators.Balanced.ToArbitrary(), day =>
        {
            var report = day.Reconcile();
            return report.IsBalanced && report.MatchedCount == day.Payments.Length && day.Planted.Count == 0
                && day.ClerkCopies.Length == day.Payments.Length && day.CashierCopies.Length == day.Payments.Length;
        });

    [Theory]
    [Trait("Rule", "REC-02")]
    [MemberData(nameof(Kinds))]
    public void A_day_with_planted_discrepancies_of_a_kind_reports_exactly_those(DiscrepancyKind kind)
    {
        foreach (var day in ReconciliationGenerators.WithDiscrepancies(kind).Sample(50, new Rnd(20250303UL), 20))
        {
            Assert.NotEmpty(day.Planted);
            Assert.All(day.Planted, d => Assert.Equal(kind, d.Kind));
            Assert.Equal(Sorted(day.Planted), Sorted(Reported(day.Reconcile())));
        }
    }

    [Property(MaxTest = 100)]
    [Trait("Rule", "REC-02")]
    public Property A_day_with_planted_discrepancies_of_every_kind_reports_exactly_those() =>
        Prop.ForAll(ReconciliationGenerators.Planted.ToArbitrary(), day =>
            Sorted(day.Planted).SequenceEqual(Sorted(Reported(day.Reconcile()))));

    [Fact]
    public void Generating_a_day_again_with_the_same_seed_gives_the_same_records()
    {
        var first = ReconciliationGenerators.Generate(2_000, seed: 5, discrepancyRate: 0.1);
        var again = ReconciliationGenerators.Generate(2_000, seed: 5, discrepancyRate: 0.1);

        Assert.Equal(first.Payments, again.Payments);
        Assert.Equal(first.ClerkCopies, again.ClerkCopies);
        Assert.Equal(first.CashierCopies, again.CashierCopies);
        Assert.Equal(first.Planted, again.Planted);
        Assert.Equal(Enum.GetValues<DiscrepancyKind>(), first.Planted.Select(d => d.Kind).Distinct().Order());
    }

    [Property(MaxTest = 100)]
    [Trait("Rule", "REC-05")]
    public Property Noisy_days_stay_in_their_ranges_and_shuffled_days_give_the_same_report() =>
        Prop.ForAll(
            ReconciliationGenerators.Noisy.SelectMany(ReconciliationGenerators.Shuffled, (day, shuffled) => (day, shuffled)).ToArbitrary(),
            pair =>
            {
                var (day, shuffled) = pair;
                var inRange = day.Payments.All(p => p.Site is >= 0 and < 3 && p.Reference is >= 0 and <= 40 && p.Day - ReconciliationGenerators.Day is 0 or 1)
                    && day.ClerkCopies.Concat(day.CashierCopies).All(n => n.Site is >= 0 and < 3 && n.Number is >= 0 and <= 40)
                    && day.SiteModes.Length == 3 && day.Planted.Count == 0;
                var sameRecords = Sorted(day.Payments).SequenceEqual(Sorted(shuffled.Payments))
                    && Sorted(day.CashierCopies).SequenceEqual(Sorted(shuffled.CashierCopies));
                return (inRange && sameRecords && day.Reconcile().Equals(shuffled.Reconcile(1))).Label(day.ToString());
            });

    public static TheoryData<DiscrepancyKind> Kinds()
    {
        var data = new TheoryData<DiscrepancyKind>();
        foreach (var kind in Enum.GetValues<DiscrepancyKind>())
        {
            data.Add(kind);
        }

        return data;
    }

    private static IEnumerable<ReportedDiscrepancy> Reported(ReconciliationReport report) =>
        report.Days.SelectMany(d => d.Discrepancies).Select(d => new ReportedDiscrepancy(d.Kind, RemittanceNoticeNumber.From(d.Reference)));

    private static List<T> Sorted<T>(IEnumerable<T> items) => items.OrderBy(i => $"{i}", StringComparer.Ordinal).ToList();

    private static SalesDayState Replay(IEnumerable<SalesDayEvent> events) => events.Aggregate(Decider.Initial, Decider.Evolve);

    private static IEnumerable<SalesDayState> Prefixes(IEnumerable<SalesDayEvent> events)
    {
        var state = Decider.Initial;
        yield return state;
        foreach (var e in events)
        {
            state = Decider.Evolve(state, e);
            yield return state;
        }
    }
}
