using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators.Reconciliation;

/// <summary>
/// FsCheck generators for the input of the <see cref="Reconciler"/> (日日平帐, REC-01, REC-02, REC-05): payment and
/// notice records, noisy days where every kind of discrepancy and every tie occurs, balanced days, and days with
/// discrepancies planted on purpose, of every kind or of one chosen kind.
/// </summary>
public static class ReconciliationGenerators
{
    private static readonly CurrencyCode Hkd = CurrencyCode.Of(Currency.HKD);
    private static readonly CurrencyCode[] Currencies = [CurrencyCode.CNY, Hkd];

    /// <summary>Gets the business date of the generated days, 2025-03-03.</summary>
    public static LocalDate Date { get; } = new(2025, 3, 3);

    /// <summary>Gets the day number of <see cref="Date"/>, as the records carry it.</summary>
    public static int Day { get; } = DayNumbers.Of(Date);

    /// <summary>Gets the currencies of the records: mostly CNY, some HKD.</summary>
    public static Gen<CurrencyCode> CurrencyCodes { get; } = Gen.Elements(Currencies);

    /// <summary>Gets every payment channel.</summary>
    public static Gen<PaymentChannel> Channels { get; } = Gen.Elements(Enum.GetValues<PaymentChannel>());

    /// <summary>Gets every collector.</summary>
    public static Gen<Collector> Collectors { get; } = Gen.Elements(Enum.GetValues<Collector>());

    /// <summary>Gets every site sales mode.</summary>
    public static Gen<SalesMode> SiteModes { get; } = Gen.Elements(Enum.GetValues<SalesMode>());

    /// <summary>
    /// Gets noisy days: up to 40 numbers, 3 sites, two business dates and three amounts drawn independently for
    /// every payment and notice copy, so that every kind of discrepancy, every duplicate and every tie occurs.
    /// Nothing is planted: <see cref="ReconciliationDay.Planted"/> is empty.
    /// </summary>
    public static Gen<ReconciliationDay> Noisy { get; } =
        from size in Gen.Choose(0, 40)
        from payments in Payment(size, 3).ArrayOf()
        from clerk in Notice(size, 3).ArrayOf()
        from cashier in Notice(size, 3).ArrayOf()
        from modes in SiteModes.ArrayOf(3)
        select new ReconciliationDay(payments, clerk, cashier, modes, []);

    /// <summary>Gets balanced days of up to 200 payments on 4 sites: every payment with both copies of its notice and
    /// the collector its site's sales mode calls for, in shuffled order.</summary>
    public static Gen<ReconciliationDay> Balanced { get; } =
        from size in Gen.Choose(0, 200)
        from seed in Gen.Choose(0, int.MaxValue)
        select Generate(size, seed, 0.0, sites: 4);

    /// <summary>Gets realistic days of up to 300 payments on 4 sites, none, 5 % or 30 % of them spoiled with a
    /// discrepancy of any kind, in shuffled order.</summary>
    public static Gen<ReconciliationDay> Planted { get; } =
        from size in Gen.Choose(0, 300)
        from seed in Gen.Choose(0, int.MaxValue)
        from rate in Gen.Elements(0.0, 0.05, 0.3)
        select Generate(size, seed, rate, sites: 4);

    /// <summary>Returns payments drawn independently: few numbers, sites, dates and amounts, so they collide.</summary>
    /// <param name="maxReference">The largest notice number (from 0).</param>
    /// <param name="sites">The number of sites (indices from 0).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxReference"/> is negative or <paramref name="sites"/> is not positive.</exception>
    public static Gen<PaymentRecord> Payment(int maxReference, int sites)
    {
        CheckRanges(maxReference, sites);
        return from reference in Gen.Choose(0, maxReference)
               from site in Gen.Choose(0, sites - 1)
               from day in Gen.Choose(Day, Day + 1)
               from amount in Gen.Choose(1, 3)
               from currency in CurrencyCodes
               from channel in Channels
               from collector in Collectors
               select new PaymentRecord(reference, site, day, amount * 100, currency, channel, collector);
    }

    /// <summary>Returns notice copies drawn independently: few numbers, sites, dates and amounts, so they collide.</summary>
    /// <param name="maxNumber">The largest notice number (from 0).</param>
    /// <param name="sites">The number of sites (indices from 0).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxNumber"/> is negative or <paramref name="sites"/> is not positive.</exception>
    public static Gen<RemittanceNoticeRecord> Notice(int maxNumber, int sites)
    {
        CheckRanges(maxNumber, sites);
        return from number in Gen.Choose(0, maxNumber)
               from site in Gen.Choose(0, sites - 1)
               from day in Gen.Choose(Day, Day + 1)
               from amount in Gen.Choose(1, 3)
               from currency in CurrencyCodes
               select new RemittanceNoticeRecord(number, site, day, amount * 100, currency);
    }

    /// <summary>
    /// Returns days of up to 200 payments on 4 sites with at least one discrepancy of <paramref name="kind"/> planted
    /// (5 %, 30 % or all of the payments spoiled); every other payment balances. The reconciler reports exactly
    /// <see cref="ReconciliationDay.Planted"/>.
    /// </summary>
    /// <param name="kind">The kind of discrepancy to plant.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static Gen<ReconciliationDay> WithDiscrepancies(DiscrepancyKind kind)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown discrepancy kind.");
        }

        return (from size in Gen.Choose(1, 200)
                from seed in Gen.Choose(0, int.MaxValue)
                from rate in Gen.Elements(0.05, 0.3, 1.0)
                select Generate(size, seed, rate, sites: 4, kind)).Where(day => day.Planted.Count > 0);
    }

    /// <summary>Returns the same day with its payments and copies in other orders (REC-05).</summary>
    /// <param name="day">The day.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="day"/> is null.</exception>
    public static Gen<ReconciliationDay> Shuffled(ReconciliationDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return Gen.Choose(0, int.MaxValue).Select(seed => day.ShuffledBy(new Random(seed)));
    }

    /// <summary>
    /// Generates a day deterministically: payments on several sites (every third an agency site, the others
    /// underwriting), each with a clerk's and a cashier's copy of its notice, a share of them spoiled with a planted
    /// discrepancy, and every input shuffled. Large days (millions of payments) are fine.
    /// </summary>
    /// <param name="payments">The number of payments, each with its own notice number from 10,000,000.</param>
    /// <param name="seed">The seed; the same arguments give the same day.</param>
    /// <param name="discrepancyRate">The share of payments to spoil, from 0 to 1.</param>
    /// <param name="sites">The number of sites.</param>
    /// <param name="kind">The kind of discrepancy to plant; every kind, evenly, when null.</param>
    /// <returns>The day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range or <paramref name="kind"/> is not defined.</exception>
    public static ReconciliationDay Generate(int payments, int seed, double discrepancyRate = 0.01, int sites = 20, DiscrepancyKind? kind = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(payments);
        ArgumentOutOfRangeException.ThrowIfLessThan(sites, 1);
        if (discrepancyRate is < 0 or > 1 || double.IsNaN(discrepancyRate))
        {
            throw new ArgumentOutOfRangeException(nameof(discrepancyRate), discrepancyRate, "The rate is from 0 to 1.");
        }

        if (kind is { } k && !Enum.IsDefined(k))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown discrepancy kind.");
        }

        var random = new Random(seed);
        var modes = new SalesMode[sites];
        for (var s = 0; s < sites; s++)
        {
            modes[s] = s % 3 == 0 ? SalesMode.Agency : SalesMode.Underwriting;
        }

        var paid = new List<PaymentRecord>(payments + (payments / 50));
        var clerk = new List<RemittanceNoticeRecord>(payments + (payments / 50));
        var cashier = new List<RemittanceNoticeRecord>(payments + (payments / 50));
        var planted = new List<ReportedDiscrepancy>();
        for (var i = 0; i < payments; i++)
        {
            var reference = 10_000_000L + i;
            var site = random.Next(sites);
            var amount = random.Next(1_000, 50_000_000);
            var currency = random.Next(20) == 0 ? Hkd : CurrencyCode.CNY;
            var channel = (PaymentChannel)random.Next(4);
            var collector = modes[site] == SalesMode.Agency ? Collector.Developer : Collector.CompanyCashier;
            var payment = new PaymentRecord(reference, site, Day, amount, currency, channel, collector);
            var notice = new RemittanceNoticeRecord(reference, site, Day, amount, currency);
            var spoiled = random.NextDouble() < discrepancyRate ? kind ?? (DiscrepancyKind?)random.Next(10) : null;
            if (spoiled is { } planting)
            {
                planted.Add(new ReportedDiscrepancy(planting, RemittanceNoticeNumber.From(reference)));
            }

            switch (spoiled)
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
                    clerk.Add(new RemittanceNoticeRecord(reference, site, Day, amount, currency == Hkd ? CurrencyCode.CNY : Hkd));
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
                    // WrongDateOrSite: the cashier's copy names the next site or the day before (the day before when
                    // there is only one site).
                    paid.Add(payment);
                    clerk.Add(notice);
                    cashier.Add(random.Next(2) == 0 && sites > 1
                        ? new RemittanceNoticeRecord(reference, (site + 1) % sites, Day, amount, currency)
                        : new RemittanceNoticeRecord(reference, site, Day - 1, amount, currency));
                    break;
            }
        }

        return new ReconciliationDay([.. paid], [.. clerk], [.. cashier], modes, planted).ShuffledBy(random);
    }

    private static void CheckRanges(int maxReference, int sites)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxReference);
        ArgumentOutOfRangeException.ThrowIfLessThan(sites, 1);
    }
}
