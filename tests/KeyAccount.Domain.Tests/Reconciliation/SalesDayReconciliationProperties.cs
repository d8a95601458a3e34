using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Reconciliation.SalesDayFixture;

namespace KeyAccount.Domain.Tests.Reconciliation;

/// <summary>REC-06 as a law: whatever is posted, the day records what the reconciler reports for the same records,
/// and a replay of the day's events, read back from JSON, reproduces it (GEN-02).</summary>
public sealed class SalesDayReconciliationProperties
{
    /// <summary>Entries on eight notice numbers, mostly agreeing, sometimes not: another amount, copy, date, collector.</summary>
    private static readonly Gen<SalesDayCommand> Entry =
        from number in Gen.Choose(1, 8).Select(n => N(n))
        from amount in Gen.Elements(100m, 200m, 200.5m, -30m).Select(Money.Cny)
        from channel in Gen.Elements(Enum.GetValues<PaymentChannel>())
        from collector in Gen.Elements(Enum.GetValues<Collector>())
        from copy in Gen.Elements(Enum.GetValues<NoticeCopy>())
        from date in Gen.Frequency((6, Gen.Constant(Date)), (1, Gen.Constant(Date.PlusDays(-1))), (1, Gen.Constant(Date.PlusDays(2))))
        from payment in Gen.Elements(true, false)
        select payment
            ? (SalesDayCommand)new PostPayment(number, amount, channel, collector)
            : new PostNoticeCopy(number, copy, date, amount);

    private static readonly Gen<(OpenSalesDay Day, SalesDayCommand[] Entries)> Days =
        from mode in Gen.Elements(Enum.GetValues<SalesMode>())
        from entries in Entry.ArrayOf()
        select (new OpenSalesDay(DayId, Site, Date, SiteManager, mode), entries);

    [Property(MaxTest = 300)]
    [Trait("Rule", "REC-06")]
    [Trait("Rule", "GEN-02")]
    public Property The_recorded_report_is_the_reconcilers_for_the_posted_entries_and_replays_from_JSON() =>
        Prop.ForAll(Days.ToArbitrary(), day =>
        {
            var events = DecisionAssert.Accepted(When(Given(), day.Day)).ToList();
            var state = Replay(events);
            foreach (var command in day.Entries.Append(new ReconcileSalesDay()))
            {
                var accepted = DecisionAssert.Accepted(When(state, command));
                events.AddRange(accepted);
                state = accepted.Aggregate(state, DayDecider.Evolve);
            }

            var expected = SalesDayReports.Expected(day.Day, day.Entries);
            var replayed = Replay(events.Select(e => EventRoundTrip.Of(SalesDayAggregate.Definition.Serializer, e)));
            return (events[^1].Equals(expected) && replayed.Equals(state) && replayed.MatchedCount == expected.MatchedCount
                    && replayed.Discrepancies.SequenceEqual(expected.Discrepancies))
                .Label($"recorded {events[^1]}, expected {expected.MatchedCount} matched, {string.Join(", ", expected.Discrepancies)}");
        });

    [Property(MaxTest = 100)]
    [Trait("Rule", "REC-06")]
    public Property The_order_of_posting_does_not_change_the_recorded_report() =>
        Prop.ForAll(Days.ToArbitrary(), day =>
        {
            var forward = After(Given(new SalesDayOpened(DayId, Site, Date, SiteManager, day.Day.Mode)), [.. day.Entries, new ReconcileSalesDay()]);
            var backward = After(Given(new SalesDayOpened(DayId, Site, Date, SiteManager, day.Day.Mode)), [.. Enumerable.Reverse(day.Entries), new ReconcileSalesDay()]);
            return forward.MatchedCount == backward.MatchedCount && forward.Discrepancies.SequenceEqual(backward.Discrepancies);
        });
}
