using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.AccountManagement;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.AccountManagement;
using KeyAccount.Domain.Tests.Accounts;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.AccountManagement;

[Trait("Rule", "KAM-06")]
public sealed class AccountPlanTests
{
    private static readonly AccountPlanDecider Decider = AccountPlanDecider.Instance;
    private static readonly AccountPlanId PlanId = new(new Guid("91a00000-0000-0000-0000-000000000001"));
    private static readonly ActorId Manager = new("E0007");

    // Won on 2025-03-03 with two key contacts, the engineer and the buyer (see AccountScenario).
    private static readonly AccountState Won = WonAccount();

    private static AccountState WonAccount()
    {
        var s = AccountScenario.In(AccountStage.Won);
        s.Context = TestContexts.On(new LocalDate(2025, 3, 20));
        s.Given(new RecordInteraction(AccountScenario.Engineer, new LocalDate(2025, 3, 20), "Quarterly call"));
        return s.State;
    }

    private static SetAccountPlan Set(AccountId? account = null) =>
        new(PlanId, account ?? Won.Account, Manager, AccountPlanGenerators.Period.Start, AccountPlanGenerators.Period.End, Money.Cny(1_000_000m), 3, 80m);

    private static RecordTransaction Sale(int n, int day, decimal amount) =>
        new(new Transaction($"SO-{n:D3}", AccountPlanGenerators.Period.Start.PlusDays(day), Money.Cny(amount)));

    private static AccountPlanState Given(params AccountPlanCommand[] commands) =>
        commands.Aggregate(Decider.Initial, (state, c) => Decider.Apply(c, state, TestContexts.Default).State);

    private static SatisfactionSurveyState Survey(AccountId account, LocalDate on, int score) =>
        SatisfactionSurveyDecider.Instance.Apply(
            new RecordSurvey(new SurveyId(Guid.NewGuid()), account, on, Enum.GetValues<SatisfactionDimension>().Select(d => new DimensionScore(d, score)).ToList(), Department.Sales),
            SatisfactionSurveyDecider.Instance.Initial, TestContexts.On(on)).State;

    private static ComplaintState Complaint(AccountId account, LocalDate on) =>
        ComplaintDecider.Instance.Apply(new ReceiveComplaint(new ComplaintId(Guid.NewGuid()), account, "Seal leaks", Department.Sales), ComplaintDecider.Instance.Initial, TestContexts.On(on)).State;

    [Fact]
    public void The_plan_sets_targets_for_a_period_and_records_the_transactions_of_that_period()
    {
        var plan = Given(Set(), Sale(1, 10, 400_000m), Sale(2, 40, 350_000m));

        Assert.Equal(AccountPlanStatus.Active, plan.Status);
        Assert.Equal(Money.Cny(750_000m), plan.TransactionAmount);
        Assert.Equal(2, plan.TransactionCount);
    }

    [Fact]
    public void A_transaction_belongs_to_the_period_is_positive_in_the_plans_currency_and_is_recorded_once()
    {
        var plan = Given(Set(), Sale(1, 10, 400_000m));
        DecisionAssert.Rejected(Decider.Decide(Sale(2, 90, 1m), plan, TestContexts.Default), "KAM-06", "account_plan.outside_period");
        DecisionAssert.Rejected(Decider.Decide(Sale(2, 5, -1m), plan, TestContexts.Default), "KAM-06", "account_plan.amount_invalid");
        DecisionAssert.Rejected(Decider.Decide(new RecordTransaction(new Transaction("SO-9", AccountPlanGenerators.Period.Start, new Money(5m, Currency.USD))), plan, TestContexts.Default), "KAM-06", "account_plan.amount_invalid");
        DecisionAssert.Rejected(Decider.Decide(Sale(1, 11, 400_000m), plan, TestContexts.Default), "KAM-06", "account_plan.transaction_known");
        DecisionAssert.Rejected(Decider.Decide(Sale(1, 10, 1m) with { Transaction = new Transaction(" ", AccountPlanGenerators.Period.Start, Money.Cny(1m)) }, plan, TestContexts.Default), "KAM-06", "account_plan.reference_required");

        // The same transaction again (a retried import) changes nothing.
        Assert.Empty(DecisionAssert.Accepted(Decider.Decide(Sale(1, 10, 400_000m), plan, TestContexts.Default)));
    }

    [Fact]
    public void Targets_are_not_negative_the_satisfaction_target_is_an_index_and_the_period_runs_forward()
    {
        DecisionAssert.Rejected(Decider.Decide(Set() with { TargetFrequency = -1 }, Decider.Initial, TestContexts.Default), "KAM-06", "account_plan.target_negative");
        DecisionAssert.Rejected(Decider.Decide(Set() with { TargetSatisfaction = 101m }, Decider.Initial, TestContexts.Default), "KAM-06", "account_plan.satisfaction_out_of_range");
        DecisionAssert.Rejected(Decider.Decide(Set() with { To = new LocalDate(2024, 12, 31) }, Decider.Initial, TestContexts.Default), "KAM-06", "account_plan.period_reversed");
        DecisionAssert.Rejected(Decider.Decide(Sale(1, 1, 1m), Decider.Initial, TestContexts.Default), "KAM-06", "lifecycle.transition_not_allowed");
    }

    [Fact]
    public void A_plan_closes_after_its_period_and_then_records_nothing()
    {
        var plan = Given(Set());
        DecisionAssert.Rejected(Decider.Decide(new CloseAccountPlan(), plan, TestContexts.On(new LocalDate(2025, 3, 31))), "KAM-06", "account_plan.period_not_ended");
        var closed = Decider.Apply(new CloseAccountPlan(), plan, AccountPlanGenerators.AfterPeriod).State;
        DecisionAssert.Rejected(Decider.Decide(Sale(1, 1, 1m), closed, TestContexts.Default), "KAM-06", "lifecycle.transition_not_allowed");
    }

    [Fact]
    public void The_evaluation_derives_every_actual_from_the_recorded_facts_and_compares_it_with_its_target()
    {
        var plan = Given(Set(), Sale(1, 10, 400_000m), Sale(2, 40, 350_000m), Sale(3, 70, 300_000m));
        var account = Won.Account;
        var surveys = new[] { Survey(account, new LocalDate(2025, 3, 10), 4), Survey(account, new LocalDate(2025, 4, 10), 1), Survey(new AccountId(Guid.NewGuid()), new LocalDate(2025, 3, 10), 1) };
        var complaints = new[] { Complaint(account, new LocalDate(2025, 3, 12)), Complaint(account, new LocalDate(2025, 4, 2)) };

        var evaluation = AccountPlanEvaluation.Of(plan, Won, surveys, complaints, new ContactIntervalPolicy(14));

        Assert.Equal(Money.Cny(1_050_000m), evaluation.ActualAmount);
        Assert.True(evaluation.AmountMet);
        Assert.Equal(3, evaluation.ActualFrequency);
        Assert.True(evaluation.FrequencyMet);
        Assert.Equal(80.0m, evaluation.ActualSatisfaction);
        Assert.True(evaluation.SatisfactionMet);
        Assert.Equal(2, evaluation.KeyContacts);
        Assert.Equal(1, evaluation.OverdueContacts);
        Assert.False(evaluation.ContactsCompliant);
        Assert.Equal(1, evaluation.OpenComplaints);
        Assert.False(evaluation.AllMet);
    }

    [Fact]
    [Trait("Rule", "ACC-13")]
    public void The_tier_is_reviewed_from_the_same_recorded_transactions()
    {
        var plan = Given(Set(), Sale(1, 10, 600_000m), Sale(2, 40, 500_000m), Sale(3, 50, 1m), Sale(4, 60, 1m));

        var review = plan.TierReview();

        Assert.Equal(new ReviewTier(Money.Cny(1_100_002m), 4), review);
        var tier = DecisionAssert.Single<AccountEvent, TierChanged>(AccountDecider.Instance.Decide(review, Won, TestContexts.Default));
        Assert.Equal(AccountTier.B, tier.To);
    }

    [Fact]
    public void A_managers_evaluation_aggregates_the_managers_plans_only()
    {
        var mine = AccountPlanEvaluation.Of(Given(Set(), Sale(1, 10, 1_200_000m)), Won, [], [], ContactIntervalPolicy.Default);
        var other = mine with { Manager = new ActorId("E0099"), Plan = new AccountPlanId(Guid.NewGuid()) };
        var second = mine with { Plan = new AccountPlanId(Guid.NewGuid()), ActualAmount = Money.Cny(10m), ActualFrequency = 5 };

        var evaluation = ManagerEvaluation.Of(Manager, [other, second, mine], Currency.CNY);

        Assert.Equal(2, evaluation.Accounts.Length);
        Assert.Equal(Money.Cny(2_000_000m), evaluation.TargetAmount);
        Assert.Equal(Money.Cny(1_200_010m), evaluation.ActualAmount);
        Assert.Equal(1, evaluation.AmountMet);
        Assert.Equal(1, evaluation.FrequencyMet);
        Assert.Equal(0, evaluation.SatisfactionMet);
        Assert.Equal(2, evaluation.ContactsCompliant);
    }

    [Property(MaxTest = 100)]
    public Property An_evaluation_is_a_pure_function_of_the_recorded_facts_whatever_their_order() =>
        Prop.ForAll(
            Arb.From(AccountPlanGenerators.Histories()),
            Arb.From(Gen.Choose(1, 5).ArrayOf()),
            Arb.From(Gen.Choose(0, 60).ArrayOf()),
            (history, scores, complaintDays) =>
            {
                if (!history.State.IsSet)
                {
                    return true;
                }

                var plan = history.State with { Account = Won.Account };
                var surveys = scores.Select((s, i) => Survey(Won.Account, AccountPlanGenerators.Period.Start.PlusDays(i * 7 % 100), s)).ToList();
                var complaints = complaintDays.Select(d => Complaint(Won.Account, AccountPlanGenerators.Period.Start.PlusDays(d * 2))).ToList();
                var evaluation = AccountPlanEvaluation.Of(plan, Won, surveys, complaints, ContactIntervalPolicy.Default);

                // The same transactions recorded in another order, the surveys and complaints supplied in another order.
                var transactions = history.Events.OfType<TransactionRecorded>().Reverse().Cast<AccountPlanEvent>();
                var replayed = Decider.Replay<AccountPlanCommand, AccountPlanEvent, AccountPlanState>(
                    history.Events.Where(e => e is not TransactionRecorded and not AccountPlanClosed).Concat(transactions)) with { Account = Won.Account };
                var shuffled = AccountPlanEvaluation.Of(replayed, Won, Enumerable.Reverse(surveys), Enumerable.Reverse(complaints), ContactIntervalPolicy.Default);
                return evaluation == shuffled
                    && evaluation.ActualAmount == Money.Sum(history.Events.OfType<TransactionRecorded>().Select(t => t.Transaction.Amount), plan.TargetAmount.Currency)
                    && evaluation.ActualFrequency == history.Events.OfType<TransactionRecorded>().Count();
            });

    [Property(MaxTest = 100)]
    public Property A_managers_evaluation_does_not_depend_on_the_order_of_the_plans() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 3_000_000).Two().ArrayOf()), figures =>
        {
            var template = AccountPlanEvaluation.Of(Given(Set()), Won, [], [], ContactIntervalPolicy.Default);
            var evaluations = figures.Select((f, i) => template with { Plan = new AccountPlanId(new Guid(i + 1, 0, 0, new byte[8])), ActualAmount = Money.Cny(f.Item1), ActualFrequency = f.Item2 % 7, Manager = f.Item2 % 3 == 0 ? new ActorId("E0099") : Manager }).ToList();
            return ManagerEvaluation.Of(Manager, evaluations, Currency.CNY) == ManagerEvaluation.Of(Manager, Enumerable.Reverse(evaluations), Currency.CNY);
        });
}
