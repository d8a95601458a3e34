using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

/// <summary>The worked examples of CALENDAR-CN-2025.md and CALENDAR-CN-2026.md, end to end through approval and
/// refund; and GEN-08 where the refund date reaches a year the calendar does not cover.</summary>
public sealed class RefundCalendarTests
{
    [Theory]
    [Trait("Rule", "CAN-05")]
    [InlineData(2025, 3, 3, 2025, 3, 10)] // across a weekend
    [InlineData(2025, 9, 26, 2025, 10, 10)] // make-up Sunday 28 September, then the National Day holiday
    [InlineData(2025, 1, 24, 2025, 2, 7)] // make-up Sunday 26 January, then the Spring Festival holiday
    [InlineData(2025, 12, 30, 2026, 1, 7)] // New Year 1–3 January 2026, make-up Sunday 4 January
    [InlineData(2026, 2, 13, 2026, 2, 27)] // make-up Saturday 14 February, then the Spring Festival holiday
    [InlineData(2026, 4, 30, 2026, 5, 11)] // Labour Day 1–5 May, make-up Saturday 9 May
    [InlineData(2026, 9, 24, 2026, 10, 9)] // Mid-Autumn 25–27 September, National Day 1–7 October
    [InlineData(2026, 9, 30, 2026, 10, 13)] // make-up Saturday 10 October
    public void The_refund_is_payable_from_the_fifth_working_day_after_approval(int y, int m, int d, int py, int pm, int pd) =>
        ApproveThenRefund(new LocalDate(y, m, d), new LocalDate(py, pm, pd), SalesMode.Underwriting);

    [Property(MaxTest = 300)]
    [Trait("Rule", "CAN-05")]
    [Trait("Rule", "GEN-08")]
    public Property A_cancellation_approved_on_any_day_of_2025_or_2026_is_refunded_from_the_day_the_official_tables_give() =>
        Prop.ForAll(SubscriptionWalk.DecisionDays.ToArbitrary(), Gen.Elements(SalesMode.Agency, SalesMode.Underwriting).ToArbitrary(), (day, mode) =>
        {
            var (payable, missing) = OfficialCalendarTable.AddWorkingDays(day, RefundWaitingPolicy.Default.WorkingDays);
            if (missing is { } year)
            {
                var refused = When(Given(RetentionFailed(mode)), new ApproveCancellation(Specialist, ConfirmationFor(mode), null), TestContexts.On(day));
                Assert.Equal(year, DecisionAssert.Rejected(refused, "GEN-08", "calendar.year_not_covered").Detail<int>("year"));
                return;
            }

            ApproveThenRefund(day, payable!.Value, mode);
        });

    /// <summary>Approves a cancellation on a day, completes it, and checks the refund is refused the day before
    /// <paramref name="payable"/> (CAN-05, naming that day) and paid on it.</summary>
    private static void ApproveThenRefund(LocalDate approvedOn, LocalDate payable, SalesMode mode)
    {
        var (state, events) = Run(Given(RetentionFailed(mode)), TestContexts.On(approvedOn),
            new ApproveCancellation(Specialist, ConfirmationFor(mode), null),
            new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy),
            new HandBackDocument(Specialist, SalesDocument.SubscriptionDeveloperCopy),
            new CompleteCancellation(Specialist));

        Assert.Equal(payable, Assert.IsType<CancellationApproved>(events[0]).RefundPayableFrom);

        var pay = new PayRefund(Specialist, SalesModeRules.RefundPlaceFor(mode), ConfirmationFor(mode));
        var early = Assert.IsType<RefundNotYetDue>(DecisionAssert.Rejected(When(state, pay, TestContexts.On(payable.PlusDays(-1))), "CAN-05"));
        Assert.Equal(payable, early.EarliestDate);
        Assert.Equal(RefundWaitingPolicy.Default.WorkingDays, early.WorkingDays);

        var paid = Single<RefundPaid>(When(state, pay, TestContexts.On(payable)));
        Assert.Equal(Money.Cny(50_000m), paid.Amount);
        Assert.Equal(payable, paid.PaidOn);
    }

    [Theory]
    [Trait("Rule", "GEN-08")]
    [InlineData(2025, 12, 30, 2026)] // the case: with 2025 alone, the weekends would have said 2026-01-06, a day early
    [InlineData(2025, 12, 26, 2026)] // Fri 26 December: three working days remain in 2025
    public void Approving_a_cancellation_whose_refund_date_leaves_the_calendar_is_refused_naming_the_year(int y, int m, int d, int missing)
    {
        var context = new DecisionContextBuilder().At(new LocalDate(y, m, d).At(new LocalTime(10, 0))).WithCalendar(TestCalendars.ChinaMainland2025).Build();
        var decision = When(Given(RetentionFailed(SalesMode.Underwriting)), new ApproveCancellation(Specialist, null, null), context);

        var error = DecisionAssert.Rejected(decision, "GEN-08", "calendar.year_not_covered");
        Assert.Equal(missing, error.Detail<int>("year"));
        Assert.Contains(missing.ToString(CultureInfo.InvariantCulture), error.GetMessage(CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Contains(missing.ToString(CultureInfo.InvariantCulture) + " 年", error.GetMessage(CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "GEN-08")]
    public void With_one_year_loaded_a_refund_date_within_it_is_decided()
    {
        // Wed 24 December 2025: Thu 25, Fri 26, Mon 29, Tue 30, Wed 31 — the count never leaves 2025.
        var context = new DecisionContextBuilder().At(new LocalDateTime(2025, 12, 24, 10, 0)).WithCalendar(TestCalendars.ChinaMainland2025).Build();
        var decision = When(Given(RetentionFailed(SalesMode.Underwriting)), new ApproveCancellation(Specialist, null, null), context);

        Assert.Equal(new LocalDate(2025, 12, 31), Single<CancellationApproved>(decision).RefundPayableFrom);
    }

    [Fact]
    [Trait("Rule", "GEN-08")]
    public void The_last_approval_of_2026_waits_for_the_2027_calendar()
    {
        var decision = When(Given(RetentionFailed(SalesMode.Underwriting)), new ApproveCancellation(Specialist, null, null), TestContexts.On(new LocalDate(2026, 12, 31)));

        Assert.Equal(2027, DecisionAssert.Rejected(decision, "GEN-08", "calendar.year_not_covered").Detail<int>("year"));
    }
}
