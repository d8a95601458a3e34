using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Calendars;
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
    // date, since a refund is due only on money paid in (CAN-04) and the approval follows the retention attempt (CAN-03).
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
