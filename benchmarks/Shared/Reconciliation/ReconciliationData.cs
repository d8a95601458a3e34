using System;
using System.Collections.Generic;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using NodaTime;

namespace KeyAccount.Domain.Comparisons;

/// <summary>
/// Generates a sales day: payments on several sites, each with a clerk's and a cashier's copy of its notice, with a
/// share of planted discrepancies spread evenly over every kind, and every input shuffled (fixed seed).
/// </summary>
internal static class ReconciliationData
{
    public static readonly int Day = DayNumbers.Of(new LocalDate(2025, 3, 3));

    private static readonly CurrencyCode Cny = CurrencyCode.CNY;
    private static readonly CurrencyCode Hkd = CurrencyCode.Of(Currency.HKD);

    public static ReconciliationInput Generate(int payments, int seed, double discrepancyRate = 0.01, int sites = 20)
    {
        var random = new Random(seed);
        var modes = new SiteSalesMode[sites];
        for (var s = 0; s < sites; s++)
        {
            modes[s] = s % 3 == 0 ? SiteSalesMode.Agency : SiteSalesMode.Underwriting;
        }

        var paid = new List<PaymentRecord>(payments + (payments / 50));
        var clerk = new List<RemittanceNoticeRecord>(payments + (payments / 50));
        var cashier = new List<RemittanceNoticeRecord>(payments + (payments / 50));
        for (var i = 0; i < payments; i++)
        {
            var reference = 10_000_000L + i;
            var site = random.Next(sites);
            var amount = random.Next(1_000, 50_000_000);
            var currency = random.Next(20) == 0 ? Hkd : Cny;
            var channel = (PaymentChannel)random.Next(4);
            var collector = modes[site] == SiteSalesMode.Agency ? Collector.Developer : Collector.CompanyCashier;
            var payment = new PaymentRecord(reference, site, Day, amount, currency, channel, collector);
            var notice = new RemittanceNoticeRecord(reference, site, Day, amount, currency);
            var kind = random.NextDouble() < discrepancyRate ? (DiscrepancyKind?)random.Next(10) : null;
            switch (kind)
            {
                case null:
                    paid.Add(payment);
                    clerk.Add(notice);
                    cashier.Add(notice);
                    break;
                case DiscrepancyKind.PaymentWithoutNotice:
                    paid.Add(payment);
                    break;
                case DiscrepancyKind.NoticeWithoutPayment:
                    clerk.Add(notice);
                    cashier.Add(notice);
                    break;
                case DiscrepancyKind.MissingClerkCopy:
                    paid.Add(payment);
                    cashier.Add(notice);
                    break;
                case DiscrepancyKind.MissingCashierCopy:
                    paid.Add(payment);
                    clerk.Add(notice);
                    break;
                case DiscrepancyKind.AmountMismatch:
                    paid.Add(payment);
                    clerk.Add(notice);
                    cashier.Add(new RemittanceNoticeRecord(reference, site, Day, amount + 100, currency));
                    break;
                case DiscrepancyKind.CurrencyMismatch:
                    paid.Add(payment);
                    clerk.Add(new RemittanceNoticeRecord(reference, site, Day, amount, currency == Cny ? Hkd : Cny));
                    cashier.Add(notice);
                    break;
                case DiscrepancyKind.DuplicatePayment:
                    paid.Add(payment);
                    paid.Add(payment);
                    clerk.Add(notice);
                    cashier.Add(notice);
                    break;
                case DiscrepancyKind.DuplicateNotice:
                    paid.Add(payment);
                    clerk.Add(notice);
                    clerk.Add(notice);
                    cashier.Add(notice);
                    break;
                case DiscrepancyKind.WrongCollector:
                    paid.Add(new PaymentRecord(reference, site, Day, amount, currency, channel, (Collector)(1 - (int)collector)));
                    clerk.Add(notice);
                    cashier.Add(notice);
                    break;
                default:
                    paid.Add(payment);
                    clerk.Add(notice);
                    cashier.Add(random.Next(2) == 0
                        ? new RemittanceNoticeRecord(reference, (site + 1) % sites, Day, amount, currency)
                        : new RemittanceNoticeRecord(reference, site, Day - 1, amount, currency));
                    break;
            }
        }

        var result = new ReconciliationInput([.. paid], [.. clerk], [.. cashier], modes);
        random.Shuffle(result.Payments);
        random.Shuffle(result.ClerkCopies);
        random.Shuffle(result.CashierCopies);
        return result;
    }
}
