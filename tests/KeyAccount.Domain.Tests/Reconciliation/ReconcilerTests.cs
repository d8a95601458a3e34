using System;
using System.Linq;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Reconciliation;

/// <summary>One example per discrepancy kind (REC-01, REC-02) on a site with three good payments.</summary>
public sealed class ReconcilerTests
{
    private static readonly LocalDate Date = new(2025, 3, 3);
    private static readonly Money Hundred = Money.Cny(100m);

    private readonly ReconciliationBatch batch = new();
    private readonly int underwriting;
    private readonly int agency;

    public ReconcilerTests()
    {
        underwriting = batch.AddSite(SalesMode.Underwriting);
        agency = batch.AddSite(SalesMode.Agency);
        for (var reference = 1; reference <= 3; reference++)
        {
            batch.AddPayment(reference, underwriting, Date, Money.Cny(reference * 1_000m), PaymentChannel.BankCard, Collector.CompanyCashier)
                .AddNotice(reference, underwriting, Date, Money.Cny(reference * 1_000m));
        }
    }

    [Fact]
    [Trait("Rule", "REC-01")]
    public void Payments_matching_both_copies_are_counted_and_totalled_by_channel_and_collector_REC_01()
    {
        var day = Assert.Single(batch.Reconcile().Days);

        Assert.True(day.IsBalanced);
        Assert.Equal(3, day.MatchedCount);
        Assert.Equal(Date, day.Date);
        Assert.Equal([new ChannelTotal(PaymentChannel.BankCard, CurrencyCode.CNY, 3, 600_000)], day.ByChannel.ToArray());
        Assert.Equal([new CollectorTotal(Collector.CompanyCashier, CurrencyCode.CNY, 3, 600_000)], day.ByCollector.ToArray());
        Assert.Equal(Money.Cny(6_000m), day.ByChannel[0].Amount);
    }

    [Fact]
    [Trait("Rule", "REC-02")]
    public void A_payment_without_any_copy_is_a_payment_without_notice_REC_02()
    {
        batch.AddPayment(9, underwriting, Date, Hundred, PaymentChannel.Cash, Collector.CompanyCashier);

        AssertOnly(DiscrepancyKind.PaymentWithoutNotice, 9);
    }

    [Fact]
    [Trait("Rule", "REC-02")]
    public void Copies_without_a_payment_are_one_notice_without_payment_REC_02()
    {
        batch.AddNotice(9, underwriting, Date, Hundred);

        AssertOnly(DiscrepancyKind.NoticeWithoutPayment, 9);
    }

    [Fact]
    [Trait("Rule", "REC-01")]
    public void A_payment_with_only_the_cashier_copy_misses_the_clerk_copy_REC_01()
    {
        batch.AddPayment(9, underwriting, Date, Hundred, PaymentChannel.Cash, Collector.CompanyCashier).AddCashierCopy(9, underwriting, Date, Hundred);

        AssertOnly(DiscrepancyKind.MissingClerkCopy, 9);
    }

    [Fact]
    [Trait("Rule", "REC-01")]
    public void A_payment_with_only_the_clerk_copy_misses_the_cashier_copy_REC_01()
    {
        batch.AddPayment(9, underwriting, Date, Hundred, PaymentChannel.Cash, Collector.CompanyCashier).AddClerkCopy(9, underwriting, Date, Hundred);

        AssertOnly(DiscrepancyKind.MissingCashierCopy, 9);
    }

    [Fact]
    [Trait("Rule", "REC-01")]
    public void A_copy_with_another_amount_is_an_amount_mismatch_REC_01()
    {
        batch.AddPayment(9, underwriting, Date, Hundred, PaymentChannel.Cash, Collector.CompanyCashier)
            .AddClerkCopy(9, underwriting, Date, Hundred).AddCashierCopy(9, underwriting, Date, Money.Cny(100.01m));

        AssertOnly(DiscrepancyKind.AmountMismatch, 9);
    }

    [Fact]
    [Trait("Rule", "REC-01")]
    public void A_copy_in_another_currency_is_a_currency_mismatch_only_REC_01()
    {
        batch.AddPayment(9, underwriting, Date, Hundred, PaymentChannel.Cash, Collector.CompanyCashier)
            .AddClerkCopy(9, underwriting, Date, new Money(80m, Currency.HKD)).AddCashierCopy(9, underwriting, Date, Hundred);

        AssertOnly(DiscrepancyKind.CurrencyMismatch, 9);
    }

    [Fact]
    [Trait("Rule", "REC-02")]
    public void A_second_payment_against_the_same_notice_is_a_duplicate_payment_REC_02()
    {
        batch.AddPayment(2, underwriting, Date, Money.Cny(2_000m), PaymentChannel.Cash, Collector.CompanyCashier);

        var day = AssertOnly(DiscrepancyKind.DuplicatePayment, 2);
        Assert.Equal(3, day.MatchedCount);
    }

    [Fact]
    [Trait("Rule", "REC-02")]
    public void A_second_copy_with_the_same_number_is_a_duplicate_notice_REC_02()
    {
        batch.AddClerkCopy(3, underwriting, Date, Money.Cny(3_000m));

        AssertOnly(DiscrepancyKind.DuplicateNotice, 3);
    }

    [Fact]
    [Trait("Rule", "REC-02")]
    public void Money_taken_by_the_cashier_on_an_agency_site_is_a_wrong_collector_REC_02()
    {
        batch.AddPayment(9, agency, Date, Hundred, PaymentChannel.Cash, Collector.CompanyCashier).AddNotice(9, agency, Date, Hundred);

        var report = batch.Reconcile();

        Assert.Equal([new Discrepancy(agency, DayNumbers.Of(Date), DiscrepancyKind.WrongCollector, 9)], report.Days.SelectMany(d => d.Discrepancies).ToArray());
    }

    [Fact]
    [Trait("Rule", "REC-01")]
    public void A_copy_dated_another_day_is_a_wrong_date_or_site_REC_01()
    {
        batch.AddPayment(9, underwriting, Date, Hundred, PaymentChannel.Cash, Collector.CompanyCashier)
            .AddClerkCopy(9, underwriting, Date, Hundred).AddCashierCopy(9, underwriting, Date.PlusDays(-1), Hundred);

        AssertOnly(DiscrepancyKind.WrongDateOrSite, 9);
    }

    [Fact]
    [Trait("Rule", "REC-01")]
    public void A_copy_for_another_site_is_a_wrong_date_or_site_REC_01()
    {
        batch.AddPayment(9, underwriting, Date, Hundred, PaymentChannel.Cash, Collector.CompanyCashier)
            .AddClerkCopy(9, agency, Date, Hundred).AddCashierCopy(9, underwriting, Date, Hundred);

        AssertOnly(DiscrepancyKind.WrongDateOrSite, 9);
    }

    [Fact]
    [Trait("Rule", "REC-02")]
    public void Sites_and_dates_are_reported_separately_in_order_REC_02()
    {
        batch.AddPayment(20, agency, Date.PlusDays(1), Hundred, PaymentChannel.Cheque, Collector.Developer).AddNotice(20, agency, Date.PlusDays(1), Hundred);
        batch.AddPayment(21, agency, Date, Hundred, PaymentChannel.BankTransfer, Collector.Developer).AddNotice(21, agency, Date, Hundred);

        var report = batch.Reconcile();

        Assert.Equal([(underwriting, Date, 3), (agency, Date, 1), (agency, Date.PlusDays(1), 1)], report.Days.Select(d => (d.Site, d.Date, d.MatchedCount)).ToArray());
        Assert.Equal(5, report.MatchedCount);
    }

    [Fact]
    [Trait("Rule", "REC-05")]
    public void The_span_input_and_the_batch_give_the_same_report_REC_05()
    {
        var day = DayNumbers.Of(Date);
        PaymentRecord[] payments = [new(1, 0, day, 100_000, CurrencyCode.CNY, PaymentChannel.BankCard, Collector.CompanyCashier)];
        RemittanceNoticeRecord[] copies = [new(1, 0, day, 100_000, CurrencyCode.CNY)];
        var fromBatch = new ReconciliationBatch();
        var site = fromBatch.AddSite(SalesMode.Underwriting);
        fromBatch.AddPayment(1, site, Date, Money.Cny(1_000m), PaymentChannel.BankCard, Collector.CompanyCashier).AddNotice(1, site, Date, Money.Cny(1_000m));

        Assert.Equal(fromBatch.Reconcile(), Reconciler.Reconcile(payments.AsSpan(), copies, copies, [SalesMode.Underwriting]));
        Assert.Equal(fromBatch.Reconcile(), Reconciler.Reconcile(payments, copies, copies, new[] { SalesMode.Underwriting }));
    }

    [Fact]
    public void A_record_naming_a_site_without_a_sales_mode_is_a_programming_error()
    {
        batch.AddPayment(9, 5, Date, Hundred, PaymentChannel.Cash, Collector.CompanyCashier);

        Assert.Throws<ArgumentException>(() => batch.Reconcile());
    }

    [Fact]
    public void An_amount_finer_than_a_cent_cannot_be_recorded() =>
        Assert.Throws<ArgumentException>(() => batch.AddPayment(9, 0, Date, Money.Cny(1.005m), PaymentChannel.Cash, Collector.CompanyCashier));

    [Fact]
    public void Currency_codes_pack_and_unpack()
    {
        Assert.Equal("CNY", CurrencyCode.CNY.ToString());
        Assert.Equal(Currency.HKD, CurrencyCode.Of(Currency.HKD).ToCurrency());
        Assert.Equal(CurrencyCode.CNY, CurrencyCode.FromValue(CurrencyCode.CNY.Value));
        Assert.Throws<ArgumentOutOfRangeException>(() => CurrencyCode.FromValue(26 * 26 * 26));
    }

    private SiteDayReconciliation AssertOnly(DiscrepancyKind kind, long reference)
    {
        var day = Assert.Single(batch.Reconcile().Days);
        Assert.Equal([new Discrepancy(underwriting, DayNumbers.Of(Date), kind, reference)], day.Discrepancies.ToArray());
        return day;
    }
}
