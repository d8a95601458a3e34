using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Comparisons;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Domain.Tests.Reconciliation;

/// <summary>Random reconciliation inputs for the properties.</summary>
internal static class ReconciliationGenerators
{
    private static readonly int Day = ReconciliationData.Day;
    private static readonly CurrencyCode[] Currencies = [CurrencyCode.CNY, CurrencyCode.Of(Primitives.Currency.HKD)];

    /// <summary>A noisy day: few references, sites, days and amounts, so every kind of discrepancy and every tie occurs.</summary>
    public static Gen<ReconciliationInput> Noisy =>
        from size in Gen.Choose(0, 40)
        from payments in Payment(size).ArrayOf()
        from clerk in Notice(size).ArrayOf()
        from cashier in Notice(size).ArrayOf()
        from modes in Gen.Elements(SiteSalesMode.Agency, SiteSalesMode.Underwriting).ArrayOf(3)
        select new ReconciliationInput(payments, clerk, cashier, modes);

    /// <summary>A realistic day: every payment with its two copies, a share of planted discrepancies, shuffled.</summary>
    public static Gen<ReconciliationInput> Planted =>
        from size in Gen.Choose(0, 300)
        from seed in Gen.Choose(0, int.MaxValue)
        from rate in Gen.Elements(0.0, 0.05, 0.3)
        select ReconciliationData.Generate(size, seed, rate, sites: 4);

    /// <summary>A balanced day: every payment with its two copies and the right collector.</summary>
    public static Gen<ReconciliationInput> Balanced =>
        from size in Gen.Choose(0, 200)
        from seed in Gen.Choose(0, int.MaxValue)
        select ReconciliationData.Generate(size, seed, 0.0, sites: 4);

    /// <summary>The same input with every list in another order.</summary>
    public static Gen<ReconciliationInput> Shuffled(ReconciliationInput input) =>
        from payments in Gen.Shuffle(input.Payments)
        from clerk in Gen.Shuffle(input.ClerkCopies)
        from cashier in Gen.Shuffle(input.CashierCopies)
        select input with { Payments = payments, ClerkCopies = clerk, CashierCopies = cashier };

    private static Gen<PaymentRecord> Payment(int size) =>
        from reference in Gen.Choose(0, size)
        from site in Gen.Choose(0, 2)
        from day in Gen.Choose(Day, Day + 1)
        from amount in Gen.Choose(1, 3)
        from currency in Gen.Elements(Currencies)
        from channel in Gen.Elements(Enum<PaymentChannel>())
        from collector in Gen.Elements(Collector.Developer, Collector.CompanyCashier)
        select new PaymentRecord(reference, site, day, amount * 100, currency, channel, collector);

    private static Gen<RemittanceNoticeRecord> Notice(int size) =>
        from number in Gen.Choose(0, size)
        from site in Gen.Choose(0, 2)
        from day in Gen.Choose(Day, Day + 1)
        from amount in Gen.Choose(1, 3)
        from currency in Gen.Elements(Currencies)
        select new RemittanceNoticeRecord(number, site, day, amount * 100, currency);

    private static T[] Enum<T>()
        where T : struct, System.Enum => System.Enum.GetValues<T>().ToArray();
}
