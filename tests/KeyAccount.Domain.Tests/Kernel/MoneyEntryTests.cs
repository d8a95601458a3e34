using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>GEN-09: an amount has at most its currency's minor-unit digits wherever money enters — commands and event
/// documents — so nothing one aggregate accepts is refused by another later (the reconciler, the sales day).</summary>
[Trait("Rule", "GEN-09")]
public sealed class MoneyEntryTests
{
    [Theory]
    [InlineData("CNY", "100.05", true)]
    [InlineData("CNY", "100.050", true)]
    [InlineData("CNY", "100.005", false)]
    [InlineData("CNY", "-0.001", false)]
    [InlineData("JPY", "100", true)]
    [InlineData("JPY", "100.5", false)]
    [InlineData("KWD", "1.005", true)]
    [InlineData("KWD", "1.0005", false)]
    public void An_amount_fits_its_currencys_minor_unit_or_not(string currency, string amount, bool fits) =>
        Assert.Equal(fits, new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.Of(currency)).FitsMinorUnit);

    [Property(MaxTest = 300)]
    public Property Whole_cents_fit_and_a_fraction_of_a_cent_does_not() =>
        Prop.ForAll(Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (cents, mills) =>
        {
            Assert.True(Money.Cny(cents / 100m).FitsMinorUnit);
            Assert.False(Money.Cny((cents / 100m) + (mills / 1000m)).FitsMinorUnit);
        });

    [Fact]
    public void An_event_document_with_a_fraction_of_a_cent_is_a_malformed_event()
    {
        var seed = File.ReadAllText(Path.Combine(DiagramFiles.RepositoryRoot(), "fuzz", "corpus", "event-json", "subscription.payment_received.v1.json"));
        var serializer = SubscriptionAggregate.Definition.Serializer;
        Assert.True(serializer.Deserialize(seed).IsT0);
        var document = System.Text.RegularExpressions.Regex.Replace(seed, "\"amount\":\\{\"amount\":[0-9.]+,", "\"amount\":{\"amount\":0.001,");
        Assert.NotEqual(seed, document);

        var read = serializer.Deserialize(document, 7);

        Assert.True(read.IsT1);
        Assert.Equal("GEN-02", read.AsT1.RuleId.Value);
        Assert.Equal(7, read.AsT1.Position);
        Assert.Contains("minor unit", read.AsT1.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payment_or_a_price_with_a_fraction_of_a_cent_is_refused_and_nothing_is_recorded() =>
        Assert.True(RefusedEverywhere(SubscriptionAggregate.Definition, c => c switch
        {
            RecordPayment p => p with { Amount = p.Amount + Money.Cny(0.005m) },
            DraftSubscription d => d with { Price = d.Price + Money.Cny(0.001m) },
            _ => null,
        }) > 0);

    [Fact]
    public void An_entry_posted_to_the_sales_day_with_a_fraction_of_a_cent_is_refused_and_nothing_is_recorded() =>
        Assert.True(RefusedEverywhere(SalesDayAggregate.Definition, c => c switch
        {
            PostPayment p => p with { Amount = p.Amount + new Money(0.005m, p.Amount.Currency) },
            PostNoticeCopy p => p with { Amount = p.Amount + new Money(0.005m, p.Amount.Currency) },
            _ => null,
        }) > 0);

    [Fact]
    public void A_gift_or_a_transaction_total_with_a_fraction_of_a_cent_or_below_zero_is_refused_and_nothing_is_recorded() =>
        Assert.True(RefusedEverywhere(AccountAggregate.Definition, c => c switch
        {
            PlanVisit { Gift: { } gift } v => v with { Gift = gift with { Value = gift.Value + Money.Cny(0.001m) } },
            ReviewTier t => t with { TransactionAmount = Money.Cny(-1m) },
            RecordValueAssessment a => a with { Assessment = a.Assessment with { ExpectedCost = a.Assessment.ExpectedCost + new Money(0.001m, a.Assessment.ExpectedCost.Currency) } },
            _ => null,
        }) > 0);

    [Fact]
    public void An_objective_concession_bottom_line_or_outcome_in_money_with_a_fraction_of_a_cent_is_refused_and_nothing_is_recorded()
    {
        static Measure? Off(Measure m) => m.Unit == MeasureUnit.Money ? new Measure(MeasureUnit.Money, m.Value + 0.001m, m.Currency) : null;
        Assert.True(RefusedEverywhere(NegotiationPlanAggregate.Definition, c => c switch
        {
            MakeConcession { Amount: var m } k when Off(m) is { } off => k with { Amount = off },
            ReviseBottomLine { Revised: var m } r when Off(m) is { } off => r with { Revised = off },
            RecordOutcome { Achieved: var m } o when Off(m) is { } off => o with { Achieved = off },
            SetObjective { Objective: { Target: var m } objective } o when Off(m) is { } off => o with { Objective = objective with { Target = off } },
            _ => null,
        }) > 0);
    }

    /// <summary>Walks generated histories; wherever a command the mutation applies to was accepted, the mutated
    /// command decided against the same state must be refused by GEN-09 without events. Returns how many were tried.</summary>
    private static int RefusedEverywhere<TCommand, TEvent, TState, TStatus>(
        AggregateDefinition<TCommand, TEvent, TState, TStatus> aggregate, Func<TCommand, TCommand?> mutate)
        where TCommand : class
        where TEvent : class
        where TState : class
        where TStatus : struct, Enum
    {
        var tried = 0;
        foreach (var history in AggregateHistories.For(aggregate, TestContexts.Default).Sample(80, new Rnd(20250303UL), 80))
        {
            var state = aggregate.Decider.Initial;
            foreach (var (command, context) in history.Steps)
            {
                if (mutate(command) is { } wrong)
                {
                    var refused = aggregate.Decider.Decide(wrong, state, context);
                    Assert.True(refused.IsRejected, $"{wrong} was accepted");
                    Assert.Equal("GEN-09", refused.Error.RuleId.Value);
                    tried++;
                }

                (_, state) = aggregate.Decider.Apply(command, state, context);
            }
        }

        return tried;
    }
}
