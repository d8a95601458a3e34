using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;

namespace KeyAccount.Domain.Comparisons;

/// <summary>
/// The reconciliation as a competent developer writes it first with LINQ: lookups on the notice number, a canonical
/// order for duplicates, a group-by for the totals. The reference the reconciler is checked and timed against.
/// </summary>
internal static class LinqReconciliation
{
    public static ReconciliationReport Reconcile(ReconciliationInput input)
    {
        var paymentsByReference = input.Payments.ToLookup(p => p.Reference);
        var clerkByNumber = input.ClerkCopies.ToLookup(n => n.Number);
        var cashierByNumber = input.CashierCopies.ToLookup(n => n.Number);
        var discrepancies = new List<Discrepancy>();
        var matched = new List<PaymentRecord>();

        foreach (var group in paymentsByReference)
        {
            var ordered = group.OrderBy(p => p.Site).ThenBy(p => p.Day).ThenBy(p => p.AmountMinor)
                .ThenBy(p => p.Currency.Value).ThenBy(p => p.Channel).ThenBy(p => p.Collector).ToList();
            discrepancies.AddRange(ordered.Skip(1).Select(d => new Discrepancy(d.Site, d.Day, DiscrepancyKind.DuplicatePayment, d.Reference)));
            var payment = ordered[0];
            var kinds = Check(payment, First(clerkByNumber[group.Key]), First(cashierByNumber[group.Key]), input.SiteModes[payment.Site]);
            if (kinds.Count == 0)
            {
                matched.Add(payment);
            }
            else
            {
                discrepancies.AddRange(kinds.Select(k => new Discrepancy(payment.Site, payment.Day, k, payment.Reference)));
            }
        }

        foreach (var copies in new[] { clerkByNumber, cashierByNumber })
        {
            discrepancies.AddRange(copies.SelectMany(g => Ordered(g).Skip(1))
                .Select(d => new Discrepancy(d.Site, d.Day, DiscrepancyKind.DuplicateNotice, d.Number)));
        }

        discrepancies.AddRange(clerkByNumber.Select(g => g.Key).Union(cashierByNumber.Select(g => g.Key))
            .Where(number => !paymentsByReference.Contains(number))
            .Select(number => First(clerkByNumber[number]) ?? First(cashierByNumber[number])!.Value)
            .Select(n => new Discrepancy(n.Site, n.Day, DiscrepancyKind.NoticeWithoutPayment, n.Number)));

        var totals = matched
            .GroupBy(p => (p.Site, p.Day, p.Currency, p.Channel, p.Collector))
            .Select(g => new MatchedTotal(g.Key.Site, g.Key.Day, g.Key.Currency, g.Key.Channel, g.Key.Collector, g.Count(), g.Sum(p => p.AmountMinor)));

        return ReportAssembly.From(totals, discrepancies);
    }

    private static IOrderedEnumerable<RemittanceNoticeRecord> Ordered(IEnumerable<RemittanceNoticeRecord> copies) =>
        copies.OrderBy(n => n.Site).ThenBy(n => n.Day).ThenBy(n => n.AmountMinor).ThenBy(n => n.Currency.Value);

    private static RemittanceNoticeRecord? First(IEnumerable<RemittanceNoticeRecord> copies) =>
        copies.Any() ? Ordered(copies).First() : null;

    private static List<DiscrepancyKind> Check(PaymentRecord p, RemittanceNoticeRecord? clerk, RemittanceNoticeRecord? cashier, SalesMode mode)
    {
        var kinds = new List<DiscrepancyKind>();
        var copies = new[] { clerk, cashier }.Where(c => c is not null).Select(c => c!.Value).ToList();
        if (copies.Count == 0)
        {
            kinds.Add(DiscrepancyKind.PaymentWithoutNotice);
        }

        if (clerk is null && cashier is not null)
        {
            kinds.Add(DiscrepancyKind.MissingClerkCopy);
        }

        if (cashier is null && clerk is not null)
        {
            kinds.Add(DiscrepancyKind.MissingCashierCopy);
        }

        if (copies.Any(c => c.Currency != p.Currency))
        {
            kinds.Add(DiscrepancyKind.CurrencyMismatch);
        }
        else if (copies.Any(c => c.AmountMinor != p.AmountMinor))
        {
            kinds.Add(DiscrepancyKind.AmountMismatch);
        }

        if (copies.Any(c => c.Site != p.Site || c.Day != p.Day))
        {
            kinds.Add(DiscrepancyKind.WrongDateOrSite);
        }

        var expected = mode == SalesMode.Agency ? Collector.Developer : Collector.CompanyCashier;
        if (p.Collector != expected)
        {
            kinds.Add(DiscrepancyKind.WrongCollector);
        }

        return kinds;
    }
}
