using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.Sales;
using NodaTime;
using Xunit;
using Xunit.Abstractions;
using History = KeyAccount.Domain.Testing.Generators.History<
    KeyAccount.Domain.Sales.Subscriptions.SubscriptionCommand,
    KeyAccount.Domain.Sales.Subscriptions.SubscriptionEvent,
    KeyAccount.Domain.Sales.Subscriptions.SubscriptionState>;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>
/// The kit finds a host's date bug: a host that prints the refund date of a cancellation (CAN-05) by counting five
/// working days after the approval, skipping weekends and holidays but forgetting make-up working days (调休), is
/// caught by a property over the kit's subscription histories within FsCheck's default 100 cases from every one of 20
/// seeds, and the failure shrinks to the shortest history that has a refund date.
/// </summary>
[Trait("Rule", "CAN-05")]
public sealed class MakeUpDayProofTests(ITestOutputHelper output)
{
    // Draft, payment, stamping, the application, the retention attempt and the approval: no shorter history has a refund
    // date (see the test that proves it below).
    private const int ShortestHistoryWithARefundDate = 6;

    private static readonly BusinessCalendar Calendar = TestCalendars.ChinaMainland;

    [Fact]
    public void A_host_that_forgets_make_up_working_days_is_found_within_100_cases_from_each_of_20_seeds_and_shrinks_to_the_shortest_history()
    {
        var runs = Enumerable.Range(1, 20).Select(seed => (Seed: seed, Run: PropertyRun.Check(TheSlipShowsTheRefundDate(BuggyRefundDate), (ulong)seed))).ToList();
        foreach (var (seed, run) in runs)
        {
            output.WriteLine($"seed {seed}: failed={run.Failed} after {run.Cases} case(s), {run.Shrinks} shrink(s) to {(run.Shrunk as History)?.Commands.Count} command(s)");
        }

        output.WriteLine(runs[0].Run.Shrunk?.ToString());
        foreach (var (seed, run) in runs.Where(r => (r.Run.Shrunk as History)?.Commands.Count > ShortestHistoryWithARefundDate))
        {
            output.WriteLine($"seed {seed}: {run.Shrunk}");
        }

        Assert.All(runs, r => Assert.True(r.Run.Failed, $"seed {r.Seed}: the bug was not found in {r.Run.Cases} cases"));
        Assert.All(runs, r => Assert.InRange(r.Run.Cases, 1, 100));
        Assert.All(runs, r => Assert.InRange(((History)r.Run.Shrunk!).Commands.Count, ShortestHistoryWithARefundDate, ShortestHistoryWithARefundDate));
    }

    [Fact]
    public void The_same_property_passes_for_a_host_that_counts_with_the_calendar()
    {
        var runs = Enumerable.Range(1, 20).Select(seed => PropertyRun.Check(TheSlipShowsTheRefundDate(RightRefundDate), (ulong)seed)).ToList();
        Assert.All(runs, run => Assert.False(run.Failed, run.Result?.ToString()));
    }

    [Fact]
    public void The_shrunk_history_prints_each_command_with_its_day_and_data()
    {
        var run = PropertyRun.Check(TheSlipShowsTheRefundDate(BuggyRefundDate), 1UL);
        var text = run.Shrunk!.ToString()!;
        output.WriteLine(text);
        Assert.StartsWith($"{ShortestHistoryWithARefundDate} accepted command(s), 20", text, System.StringComparison.Ordinal);
        Assert.Contains("1. 20", text, System.StringComparison.Ordinal);
        Assert.Contains("DraftSubscription {\"subscription\":", text, System.StringComparison.Ordinal);
        Assert.Contains("ApproveCancellation {", text, System.StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "CAN-03")]
    [Trait("Rule", "CAN-04")]
    public void No_valid_history_shorter_than_six_commands_fixes_a_refund_date()
    {
        // The table: one command fires one trigger, so the shortest history is the shortest walk through the table to an
        // approval that has a payment before it and a failed retention attempt after the application.
        Assert.Equal(ShortestHistoryWithARefundDate, ShortestWalkToARefundDate());

        // The two guards of that walk are the decider's, on the shrunk history itself: without the payment the approval
        // fixes no refund date (nothing is due, CAN-04/CAN-05); without the retention attempt it is refused (CAN-03).
        var shrunk = (History)PropertyRun.Check(TheSlipShowsTheRefundDate(BuggyRefundDate), 1UL).Shrunk!;
        Assert.IsType<ApproveCancellation>(shrunk.Commands[^1]);
        var unpaid = LastDecision(shrunk.Steps.Where(s => s.Command is not RecordPayment));
        Assert.True(unpaid.IsAccepted, unpaid.ToString());
        Assert.All(unpaid.Events.OfType<CancellationApproved>(), approved => Assert.Null(approved.RefundPayableFrom));
        var unattempted = LastDecision(shrunk.Steps.Where(s => s.Command is not RecordRetentionAttempt));
        Assert.True(unattempted.IsRejected);
        Assert.Equal("CAN-03", unattempted.Error.RuleId.Value);
    }

    // Breadth first through the subscription's table, tracking what the guards read: whether money was paid in (a
    // payment is allowed before the application only) and whether a retention attempt failed since the application.
    private static int ShortestWalkToARefundDate()
    {
        var table = SubscriptionLifecycle.Table;
        var start = (Status: table.Initial, Paid: false, Attempted: false);
        var seen = new System.Collections.Generic.HashSet<(SubscriptionStatus, bool, bool)> { start };
        var frontier = new System.Collections.Generic.List<(SubscriptionStatus Status, bool Paid, bool Attempted)> { start };
        for (var length = 1; frontier.Count > 0; length++)
        {
            var next = new System.Collections.Generic.List<(SubscriptionStatus Status, bool Paid, bool Attempted)>();
            foreach (var (status, paid, attempted) in frontier)
            {
                foreach (var trigger in table.TriggersFrom(status))
                {
                    if (trigger == SubscriptionTrigger.ApproveCancellation && attempted && paid)
                    {
                        return length;
                    }

                    if (trigger == SubscriptionTrigger.ApproveCancellation && !attempted)
                    {
                        continue;
                    }

                    var to = table.Fire(status, trigger).AsT0;
                    var step = (to, paid || trigger == SubscriptionTrigger.Pay, to == SubscriptionStatus.CancellationRequested && (attempted || trigger == SubscriptionTrigger.RetentionFailed));
                    if (seen.Add(step))
                    {
                        next.Add(step);
                    }
                }
            }

            frontier = next;
        }

        return int.MaxValue;
    }

    // Decides each step in its context in turn (each but the last must be accepted) and returns the last decision.
    private static Decision<SubscriptionEvent> LastDecision(System.Collections.Generic.IEnumerable<(SubscriptionCommand Command, DecisionContext Context)> steps)
    {
        var decider = SubscriptionAggregate.Definition.Decider;
        var state = decider.Initial;
        Decision<SubscriptionEvent>? last = null;
        foreach (var (command, context) in steps)
        {
            Assert.True(last is null || last.IsAccepted, last?.ToString());
            last = decider.Decide(command, state, context);
            state = last.IsAccepted ? last.Events.Aggregate(state, decider.Evolve) : state;
        }

        return last!;
    }

    // The host's property: every approval slip it prints shows the date the package fixed.
    private static Property TheSlipShowsTheRefundDate(System.Func<LocalDate, LocalDate> hostRefundDate) =>
        Prop.ForAll(SubscriptionGenerators.Histories().ToArbitrary(SubscriptionDecider.Instance), history =>
            history.Events.OfType<CancellationApproved>()
                .Where(approved => approved.Kind != CancellationKind.Rename && approved.RefundPayableFrom is not null)
                .All(approved => hostRefundDate(approved.ApprovedOn) == approved.RefundPayableFrom));

    // The planted bug: weekends and holidays are skipped, make-up working days are not counted.
    private static LocalDate BuggyRefundDate(LocalDate approvedOn)
    {
        var day = approvedOn;
        for (var left = RefundWaitingPolicy.Default.WorkingDays; left > 0;)
        {
            day = day.PlusDays(1);
            if (day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !Calendar.IsHoliday(day))
            {
                left--;
            }
        }

        return day;
    }

    private static LocalDate RightRefundDate(LocalDate approvedOn) => Calendar.AddWorkingDays(approvedOn, RefundWaitingPolicy.Default.WorkingDays);
}
