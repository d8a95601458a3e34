using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.Sales;
using Xunit;
using Xunit.Abstractions;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>
/// Histories over time: the clock moves between commands across weekends, holidays, make-up working days and the
/// year end, so that histories reach the dates the rules compute; few histories are empty. The shares quoted in
/// <c>docs/testing.md</c> are measured here over FsCheck's default sizes (1 to 100) from a fixed seed.
/// </summary>
public sealed class HistoriesOverTimeTests(ITestOutputHelper output)
{
    private const int Samples = 400;

    [Fact]
    [Trait("Rule", "CAN-05")]
    public void Subscription_histories_reach_refund_dates_and_their_payment_often_and_are_seldom_empty()
    {
        var histories = Sample(SubscriptionGenerators.Histories());
        double Share(Func<History<SubscriptionCommand, SubscriptionEvent, SubscriptionState>, bool> p) => histories.Count(p) / (double)histories.Count;
        var empty = Share(h => h.Commands.Count == 0);
        var refundDate = Share(h => h.Events.OfType<CancellationApproved>().Any(a => a.RefundPayableFrom is not null));
        var refundPaidAfterWaiting = Share(h => h.Events.OfType<RefundPaid>().Any() && h.Events.OfType<CancellationApproved>().Any(a => a.RefundPayableFrom is not null));
        var daysSpanned = Share(h => h.Contexts.Select(c => c.Today).Distinct().Count() > 1);
        var yearEnd = Share(h => h.Contexts.Select(c => c.Today.Year).Distinct().Count() > 1);
        var ends = histories.GroupBy(h => h.State.Status).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count() * 100.0 / histories.Count:F1} %");
        output.WriteLine($"empty {empty:P1}; a refund date {refundDate:P1}; a refund paid after its date {refundPaidAfterWaiting:P1}; more than one day {daysSpanned:P1}; across the year end {yearEnd:P1}");
        output.WriteLine("ends: " + string.Join(", ", ends));

        Assert.True(empty < 0.05, $"{empty:P1} empty");
        Assert.True(refundDate > 0.15, $"{refundDate:P1} reach a refund date");
        Assert.True(refundPaidAfterWaiting > 0.1, $"{refundPaidAfterWaiting:P1} pay a refund after its date");
        Assert.True(daysSpanned > 0.9, $"{daysSpanned:P1} span more than one day");
        Assert.True(yearEnd > 0.01, $"{yearEnd:P1} cross the year end");
        var largestNonFinal = histories.Where(h => !Final(h.State.Status)).GroupBy(h => h.State.Status).Max(g => g.Count()) / (double)histories.Count;
        Assert.True(largestNonFinal < 0.25, $"{largestNonFinal:P1} end in the same unfinished status");

        // Stuck: an unfinished history none of 60 of the kit's candidates can move on, a week after its last command
        // (so that waiting periods have passed). A history that merely ran out of attempts is not stuck.
        var stuck = histories.Where(h => !Final(h.State.Status) && h.Commands.Count > 0).Select((h, i) =>
        {
            var later = TestContexts.On(h.Contexts[^1].Today.PlusDays(7) is var d && d.Year <= 2026 ? d : h.Contexts[^1].Today);
            return SubscriptionGenerators.Commands(h.State).Sample(60, new Rnd((ulong)i + 1), 50)
                .All(c => SubscriptionDecider.Instance.Decide(c, h.State, later).IsRejected);
        }).Count(isStuck => isStuck) / (double)histories.Count;
        output.WriteLine($"stuck {stuck:P1}");
        Assert.True(stuck < 0.05, $"{stuck:P1} stuck");
    }

    private static bool Final(SubscriptionStatus status) =>
        status is SubscriptionStatus.Refunded or SubscriptionStatus.Cancelled or SubscriptionStatus.Voided or SubscriptionStatus.Returned;

    internal static List<T> Sample<T>(Gen<T> generator) =>
        Gen.Choose(1, 100).SelectMany(size => generator.Resize(size)).Sample(Samples, new Rnd(20250303UL), 100).ToList();
}
