using System;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Reconciliation;

/// <summary>Runs the example of docs/reconciliation.md; the method below is the guide's code, word for word.</summary>
public sealed class ReconciliationGuideTests
{
    private const string Signature = "    public static SalesDayState CloseTheDay(DecisionContext context)";
    private const string EndMarker = "    // end of example";

    [Fact]
    [Trait("Rule", "REC-06")]
    [Trait("Rule", "REC-03")]
    public void The_guide_example_posts_the_entries_reconciles_explains_and_closes_the_day()
    {
        var state = CloseTheDay(TestContexts.On(new LocalDate(2025, 3, 3), 20));

        Assert.Equal(SalesDayStatus.Closed, state.Status);
        Assert.Equal(1, state.MatchedCount);
        Assert.Equal([new ReportedDiscrepancy(DiscrepancyKind.MissingCashierCopy, RemittanceNoticeNumber.From(1002))], state.Discrepancies.ToArray());
    }

    [Fact]
    public void The_guide_shows_the_same_code_as_this_test()
    {
        var (guide, source) = (Read("docs", "reconciliation.md"), Read("tests", "KeyAccount.Domain.Tests", "Reconciliation", "ReconciliationGuideTests.cs"));

        Assert.StartsWith(Signature + "\n", ExampleIn(source), StringComparison.Ordinal);
        Assert.True(Shows(guide, source), "docs/reconciliation.md does not show the method CloseTheDay of ReconciliationGuideTests as its example.");
    }

    [Theory]
    [InlineData("new ReconcileSalesDay(),", "new ReconcileSalesDay(), // nothing")]
    [InlineData("Money.Cny(20_000m)", "Money.Cny(2_000m)")]
    [InlineData("    public static SalesDayState CloseTheDay(DecisionContext context)\n", "")]
    [InlineData("        return state;", "        return state")]
    public void A_guide_whose_example_differs_from_the_code_fails_the_check(string original, string broken)
    {
        var (guide, source) = (Read("docs", "reconciliation.md"), Read("tests", "KeyAccount.Domain.Tests", "Reconciliation", "ReconciliationGuideTests.cs"));
        Assert.Contains(original, guide, StringComparison.Ordinal);

        Assert.False(Shows(guide.Replace(original, broken, StringComparison.Ordinal), source));
    }

    [Fact]
    public void A_source_without_the_example_method_shows_nowhere()
    {
        var guide = Read("docs", "reconciliation.md");

        Assert.Equal("", ExampleIn("class Empty { }"));
        Assert.False(Shows(guide, "class Empty { }"));
    }

    public static SalesDayState CloseTheDay(DecisionContext context)
    {
        // One site sold on underwriting terms, so the company's cashier collects (SUB-02).
        var date = new LocalDate(2025, 3, 3);
        var manager = new ActorId("M001");
        var rn1001 = RemittanceNoticeNumber.Parse("RN-1001");
        var rn1002 = RemittanceNoticeNumber.Parse("RN-1002");
        var decider = SalesDayAggregate.Definition.Decider;
        var state = decider.Initial;
        SalesDayCommand[] commands =
        [
            new OpenSalesDay(SalesDayId.From(Guid.NewGuid()), ProjectId.From(Guid.NewGuid()), date, manager, SalesMode.Underwriting),

            // SUB-05: every payment and both copies of its remittance notice are posted to the day.
            new PostPayment(rn1001, Money.Cny(50_000m), PaymentChannel.BankCard, Collector.CompanyCashier),
            new PostNoticeCopy(rn1001, NoticeCopy.Clerk, date, Money.Cny(50_000m)),
            new PostNoticeCopy(rn1001, NoticeCopy.Cashier, date, Money.Cny(50_000m)),
            new PostPayment(rn1002, Money.Cny(20_000m), PaymentChannel.Cash, Collector.CompanyCashier),
            new PostNoticeCopy(rn1002, NoticeCopy.Clerk, date, Money.Cny(20_000m)), // the cashier's copy is missing

            // REC-06: the day reconciles its own entries: 1 matched payment, MissingCashierCopy for RN-1002.
            new ReconcileSalesDay(),

            // REC-03: the site manager explains and signs off the discrepancy, then closes the day.
            new ExplainDiscrepancy(new ReportedDiscrepancy(DiscrepancyKind.MissingCashierCopy, rn1002),
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

    /// <summary>Returns the example method of a source file: from the line that is exactly its signature to the line
    /// that is exactly the end marker, or empty when either line is missing. Whole lines are compared, so the markers
    /// quoted in this file's string literals never count.</summary>
    internal static string ExampleIn(string source)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.IndexOf(lines, Signature);
        var end = start < 0 ? -1 : Array.IndexOf(lines, EndMarker, start);
        return end < 0 ? "" : string.Join('\n', lines[start..end]).TrimEnd() + "\n";
    }

    /// <summary>Returns whether the guide's csharp block under "## Example" is the source's example method.</summary>
    internal static bool Shows(string guide, string source)
    {
        var example = ExampleIn(source);
        var text = guide.Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = text.IndexOf("\n## Example\n", StringComparison.Ordinal);
        var open = section < 0 ? -1 : text.IndexOf("```csharp\n", section, StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf("\n```\n", open, StringComparison.Ordinal);
        return example.Length > 0 && close > 0 && text[(open + "```csharp\n".Length)..(close + 1)] == example;
    }

    private static string Read(params string[] path) =>
        System.IO.File.ReadAllText(System.IO.Path.Combine([DiagramFiles.RepositoryRoot(), .. path]));
}
