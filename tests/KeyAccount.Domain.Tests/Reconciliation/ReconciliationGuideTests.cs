using System;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Reconciliation;

/// <summary>Runs the example of docs/reconciliation.md; the method below is the guide's code, word for word.</summary>
public sealed class ReconciliationGuideTests
{
    [Fact]
    [Trait("Rule", "REC-03")]
    public void The_guide_example_reconciles_explains_and_closes_the_day()
    {
        var state = CloseTheDay(TestContexts.On(new LocalDate(2025, 3, 3), 20));

        Assert.Equal(SalesDayStatus.Closed, state.Status);
        Assert.Equal(1, state.MatchedCount);
        Assert.Equal([new ReportedDiscrepancy(DiscrepancyKind.MissingCashierCopy, 1002)], state.Discrepancies.ToArray());
    }

    [Fact]
    public void The_guide_shows_the_same_code_as_this_test()
    {
        var guide = System.IO.File.ReadAllText(System.IO.Path.Combine(DiagramFiles.RepositoryRoot(), "docs", "reconciliation.md"));
        var source = System.IO.File.ReadAllText(System.IO.Path.Combine(DiagramFiles.RepositoryRoot(), "tests", "KeyAccount.Domain.Tests", "Reconciliation", "ReconciliationGuideTests.cs"));

        Assert.Contains(Block(source), guide, StringComparison.Ordinal);
    }

    private static string Block(string text)
    {
        var start = text.IndexOf("    public static SalesDayState CloseTheDay", StringComparison.Ordinal);
        var end = text.IndexOf("    // end of example", start, StringComparison.Ordinal);
        return text[start..end].Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    public static SalesDayState CloseTheDay(DecisionContext context)
    {
        // The day's records: one site sold on underwriting terms, so the company's cashier collects (SUB-02).
        var date = new LocalDate(2025, 3, 3);
        var batch = new ReconciliationBatch();
        var site = batch.AddSite(SiteSalesMode.Underwriting);
        batch.AddPayment(1001, site, date, Money.Cny(50_000m), PaymentChannel.BankCard, Collector.CompanyCashier)
            .AddNotice(1001, site, date, Money.Cny(50_000m));
        batch.AddPayment(1002, site, date, Money.Cny(20_000m), PaymentChannel.Cash, Collector.CompanyCashier)
            .AddClerkCopy(1002, site, date, Money.Cny(20_000m)); // the cashier's copy is missing

        // REC-01, REC-02: 1 matched payment, 1 discrepancy (MissingCashierCopy for notice 1002).
        var siteDay = batch.Reconcile().Days.Single();

        // REC-03: the site manager records the report, explains and signs off the discrepancy, and closes the day.
        var manager = new ActorId("M001");
        var decider = SalesDayDecider.Instance;
        var state = decider.Initial;
        SalesDayCommand[] commands =
        [
            new OpenSalesDay(SalesDayId.From(Guid.NewGuid()), ProjectId.From(Guid.NewGuid()), date, manager),
            RecordReconciliation.From(siteDay),
            new ExplainDiscrepancy(siteDay.Discrepancies.Select(d => new ReportedDiscrepancy(d.Kind, d.Reference)).Single(),
                "The cashier's copy was filed with the next day's notices; found and checked.", manager),
            new CloseSalesDay(manager),
        ];
        foreach (var command in commands)
        {
            var decision = decider.Decide(command, state, context);
            foreach (var @event in decision.Events)
            {
                state = decider.Evolve(state, @event);
            }
        }

        return state; // Closed: from now on the day is immutable (REC-04).
    }

    // end of example
}
