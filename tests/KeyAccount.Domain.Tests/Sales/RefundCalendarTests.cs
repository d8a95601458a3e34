using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

/// <summary>The three worked examples of CALENDAR-CN-2025.md, end to end through approval and refund.</summary>
public sealed class RefundCalendarTests
{
    [Theory]
    [Trait("Rule", "CAN-05")]
    [InlineData(2025, 3, 3, 2025, 3, 10)] // across a weekend
    [InlineData(2025, 9, 26, 2025, 10, 10)] // make-up Sunday 28 September, then the National Day holiday
    [InlineData(2025, 1, 24, 2025, 2, 7)] // make-up Sunday 26 January, then the Spring Festival holiday
    public void The_refund_is_payable_from_the_fifth_working_day_after_approval(int y, int m, int d, int py, int pm, int pd)
    {
        var approvedOn = TestContexts.On(new LocalDate(y, m, d));
        var payable = new LocalDate(py, pm, pd);
        var (state, events) = Run(Given(RetentionFailed(SalesMode.Underwriting)), approvedOn,
            new ApproveCancellation(Specialist, null, null),
            new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy),
            new HandBackDocument(Specialist, SalesDocument.SubscriptionDeveloperCopy),
            new CompleteCancellation(Specialist));

        Assert.Equal(payable, Assert.IsType<CancellationApproved>(events[0]).RefundPayableFrom);

        var dayBefore = payable.PlusDays(-1);
        var early = Assert.IsType<RefundNotYetDue>(DecisionAssert.Rejected(
            When(state, new PayRefund(Specialist, RefundPlace.CompanyHeadquarters, null), TestContexts.On(dayBefore)), "CAN-05"));
        Assert.Equal(payable, early.EarliestDate);

        var paid = Single<RefundPaid>(When(state, new PayRefund(Specialist, RefundPlace.CompanyHeadquarters, null), TestContexts.On(new LocalDate(py, pm, pd))));
        Assert.Equal(Money.Cny(50_000m), paid.Amount);
        Assert.Equal(payable, paid.PaidOn);
    }
}
