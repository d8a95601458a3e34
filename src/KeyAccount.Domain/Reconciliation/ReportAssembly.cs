using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>Assembles a report from matched totals and discrepancies in any order: the one place that fixes the
/// report's order (REC-05), shared by every way of computing a reconciliation.</summary>
internal static class ReportAssembly
{
    internal static ReconciliationReport From(IEnumerable<MatchedTotal> totals, IEnumerable<Discrepancy> discrepancies)
    {
        var days = new SortedDictionary<(int Site, int Day), Accumulator>();
        Accumulator For(int site, int day)
        {
            if (!days.TryGetValue((site, day), out var a))
            {
                a = new Accumulator();
                days.Add((site, day), a);
            }

            return a;
        }

        foreach (var t in totals)
        {
            if (t.Count == 0)
            {
                continue;
            }

            var a = For(t.Site, t.Day);
            a.Matched += t.Count;
            Add(a.ByChannel, (t.Channel, t.Currency.Value), t.Count, t.AmountMinor);
            Add(a.ByCollector, (t.Collector, t.Currency.Value), t.Count, t.AmountMinor);
        }

        foreach (var d in discrepancies)
        {
            For(d.Site, d.Day).Discrepancies.Add(d);
        }

        var result = ImmutableArray.CreateBuilder<SiteDayReconciliation>(days.Count);
        foreach (var ((site, day), a) in days)
        {
            var byChannel = ImmutableArray.CreateBuilder<ChannelTotal>(a.ByChannel.Count);
            foreach (var ((channel, currency), (count, amount)) in a.ByChannel)
            {
                byChannel.Add(new ChannelTotal(channel, CurrencyCode.FromValue(currency), count, amount));
            }

            var byCollector = ImmutableArray.CreateBuilder<CollectorTotal>(a.ByCollector.Count);
            foreach (var ((collector, currency), (count, amount)) in a.ByCollector)
            {
                byCollector.Add(new CollectorTotal(collector, CurrencyCode.FromValue(currency), count, amount));
            }

            a.Discrepancies.Sort();
            result.Add(new SiteDayReconciliation(site, day, a.Matched, byChannel.MoveToImmutable(), byCollector.MoveToImmutable(), [.. a.Discrepancies]));
        }

        return new ReconciliationReport(result.MoveToImmutable());
    }

    private static void Add<TKey>(SortedDictionary<TKey, (int Count, long Amount)> totals, TKey key, int count, long amount)
        where TKey : notnull
    {
        totals.TryGetValue(key, out var sum);
        totals[key] = (sum.Count + count, sum.Amount + amount);
    }

    private sealed class Accumulator
    {
        public int Matched { get; set; }

        public SortedDictionary<(PaymentChannel, ushort), (int Count, long Amount)> ByChannel { get; } = [];

        public SortedDictionary<(Collector, ushort), (int Count, long Amount)> ByCollector { get; } = [];

        public List<Discrepancy> Discrepancies { get; } = [];
    }
}
