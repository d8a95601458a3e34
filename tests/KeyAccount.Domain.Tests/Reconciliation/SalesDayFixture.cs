using System;
using System.Collections.Generic;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;

namespace KeyAccount.Domain.Tests.Reconciliation;

/// <summary>Given/When/Then helpers for the sales day.</summary>
internal static class SalesDayFixture
{
    public static readonly SalesDayDecider DayDecider = SalesDayDecider.Instance;
    public static readonly SalesDayId DayId = SalesDayId.From(Guid.Parse("0b7e54c5-7f7c-4f55-9a43-7c1a3c4e8a01"));
    public static readonly SalesDayId EarlierDayId = SalesDayId.From(Guid.Parse("0b7e54c5-7f7c-4f55-9a43-7c1a3c4e8a00"));
    public static readonly ProjectId Site = ProjectId.From(Guid.Parse("5a2c8f0e-2b7d-4c1e-8f3a-9d6b1e4c7a22"));
    public static readonly LocalDate Date = new(2025, 3, 3);
    public static readonly ActorId SiteManager = new("M001");
    public static readonly ActorId Clerk = new("C001");
    public static readonly ReportedDiscrepancy Missing42 = new(DiscrepancyKind.MissingCashierCopy, N(42));
    public static readonly ReportedDiscrepancy Amount43 = new(DiscrepancyKind.AmountMismatch, N(43));

    public static DecisionContext Context => TestContexts.Default;

    public static SalesDayEvent Opened => new SalesDayOpened(DayId, Site, Date, SiteManager, SalesMode.Underwriting);

    public static RemittanceNoticeNumber N(long number) => RemittanceNoticeNumber.From(number);

    public static SalesDayEvent Posted(long reference) => new PaymentPosted(N(reference), Money.Cny(1_000m), PaymentChannel.Cash, Collector.CompanyCashier, null);

    /// <summary>The payment and both copies of a notice of the day, all agreeing: one matched payment.</summary>
    public static SalesDayCommand[] Notice(long number, decimal amount) =>
    [
        new PostPayment(N(number), Money.Cny(amount), PaymentChannel.BankCard, Collector.CompanyCashier),
        new PostNoticeCopy(N(number), NoticeCopy.Clerk, Date, Money.Cny(amount)),
        new PostNoticeCopy(N(number), NoticeCopy.Cashier, Date, Money.Cny(amount)),
    ];

    /// <summary>Decides the commands in turn from a state, every one of them accepted.</summary>
    public static SalesDayState After(SalesDayState state, params SalesDayCommand[] commands)
    {
        foreach (var command in commands)
        {
            foreach (var e in DecisionAssert.Accepted(When(state, command)))
            {
                state = DayDecider.Evolve(state, e);
            }
        }

        return state;
    }

    public static SalesDayEvent Reconciled(params ReportedDiscrepancy[] discrepancies) => new SalesDayReconciled(3, [.. discrepancies]);

    public static SalesDayState Given(params SalesDayEvent[] events)
    {
        var state = DayDecider.Initial;
        foreach (var e in events)
        {
            state = DayDecider.Evolve(state, e);
        }

        return state;
    }

    public static Decision<SalesDayEvent> When(SalesDayState state, SalesDayCommand command) => DayDecider.Decide(command, state, Context);

    public static SalesDayState Replay(IEnumerable<SalesDayEvent> events)
    {
        var state = DayDecider.Initial;
        foreach (var e in events)
        {
            state = DayDecider.Evolve(state, e);
        }

        return state;
    }
}
