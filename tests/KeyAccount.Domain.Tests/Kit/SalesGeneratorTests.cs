using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Reception;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using KeyAccount.Domain.Testing.Generators.Sales;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

public sealed class SalesGeneratorTests
{
    private static readonly DecisionContext Context = TestContexts.Default;

    /// <summary>The same day, with no wait for a cancellation refund and no preparation lead before a launch.</summary>
    private static readonly DecisionContext NoWaiting = new DecisionContextBuilder()
        .WithPolicy(new RefundWaitingPolicy(0))
        .WithPolicy(new LaunchPreparationPolicy(0))
        .Build()
        .WithOpenProjects();

    [Property(MaxTest = 150)]
    [Trait("Rule", "SUB-01")]
    public Property Generated_subscription_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(
            Gen.Elements(Context, NoWaiting).SelectMany(context => SubscriptionGenerators.Histories(context).Select(history => (context, history))).ToArbitrary(),
            pair => AssertValid(SubscriptionDecider.Instance, pair.history, pair.context));

    [Property(MaxTest = 300)]
    [Trait("Rule", "CAN-04")]
    [Trait("Rule", "CAN-05")]
    [Trait("Rule", "RET-03")]
    public Property For_any_valid_subscription_history_the_projected_balance_equals_paid_in_less_refunded() =>
        Prop.ForAll(Gen.OneOf(SubscriptionGenerators.Histories(), SubscriptionGenerators.Histories(NoWaiting)).ToArbitrary(), history =>
        {
            // The balance as a read model projects it from the events alone.
            var balance = Money.Zero(Currency.CNY);
            foreach (var e in history.Events)
            {
                balance = e switch
                {
                    PaymentReceived p => balance + p.Notice.Amount,
                    RefundPaid r => balance - r.Amount,
                    DifferenceRefunded d => balance - d.Amount,
                    _ => balance,
                };
            }

            Assert.Equal(history.State.PaidIn - history.State.Refunded, balance);
            Assert.False(balance.IsNegative, $"balance {balance} after {history}");
        });

    [Property(MaxTest = 100)]
    [Trait("Rule", "SUB-01")]
    public Property Generated_unit_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(UnitGenerators.Histories().ToArbitrary(), history => AssertValid(UnitDecider.Instance, history, Context));

    [Property(MaxTest = 100)]
    [Trait("Rule", "SITE-01")]
    public Property Generated_sales_project_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(SalesProjectGenerators.Histories(NoWaiting).ToArbitrary(), history => AssertValid(SalesProjectDecider.Instance, history, NoWaiting));

    [Property(MaxTest = 100)]
    [Trait("Rule", "SITE-02")]
    public Property Generated_site_item_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(SiteItemGenerators.Histories().ToArbitrary(), history => AssertValid(SiteItemDecider.Instance, history, Context));

    [Property(MaxTest = 100)]
    [Trait("Rule", "SUB-06")]
    public Property Generated_signing_notice_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(SigningNoticeBundleGenerators.Histories().ToArbitrary(), history => AssertValid(SigningNoticeBundleDecider.Instance, history, Context));

    [Property(MaxTest = 100)]
    [Trait("Rule", "RCP-01")]
    [Trait("Rule", "RCP-02")]
    public Property Generated_site_visit_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(SiteVisitGenerators.Histories().ToArbitrary(), history => AssertValid(SiteVisitDecider.Instance, history, Context));

    [Property(MaxTest = 100)]
    [Trait("Rule", "RCP-03")]
    [Trait("Rule", "RCP-04")]
    public Property Generated_reception_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(ReceptionDayGenerators.Histories().ToArbitrary(), history => AssertValid(ReceptionDayDecider.Instance, history, Context));

    [Fact]
    public void Subscription_generators_cover_every_command_type_and_histories_accept_each_of_them()
    {
        // Histories run over time, so a cancellation's refund is paid once its five working days have passed (CAN-05),
        // and a refund after a return too: every command type is accepted somewhere under the default context.
        AssertCovers(SubscriptionGenerators.Histories(), SubscriptionGenerators.Commands, []);
    }

    [Fact]
    public void Subscription_histories_pay_cancellation_refunds_when_the_policy_waits_no_working_day()
    {
        var refunded = SubscriptionGenerators.Histories(NoWaiting).Sample(100, new Rnd(20250303UL), 400)
            .Where(h => h.State.Status == SubscriptionStatus.Refunded && h.State.ApprovedOn is not null);
        Assert.NotEmpty(refunded);
    }

    [Fact]
    public void Subscription_histories_reach_every_status_of_the_lifecycle()
    {
        // Every status a history passes through counts, not only the one it ends in: an end state alone makes the
        // check depend on the sample (Registered is mostly passed through on the way to a return).
        var decider = SubscriptionDecider.Instance;
        var reached = SubscriptionGenerators.Histories().Sample(100, new Rnd(20250303UL), 600)
            .SelectMany(h => h.Events.Scan(decider.Initial, decider.Evolve).Prepend(decider.Initial).Select(state => state.Status))
            .ToHashSet();
        Assert.Equal(Enum.GetValues<SubscriptionStatus>().Order(), reached.Order());
    }

    [Fact]
    public void Unit_generators_cover_every_command_type_and_histories_accept_each_of_them() =>
        AssertCovers(UnitGenerators.Histories(), UnitGenerators.Commands, []);

    [Fact]
    public void Sales_project_generators_cover_every_command_type_and_histories_accept_each_of_them()
    {
        // OpenSales is accepted on the launch day only, with preparation complete two days before (SITE-01): histories
        // over time reach it with the default lead as with none.
        AssertCovers(SalesProjectGenerators.Histories(NoWaiting), SalesProjectGenerators.Commands, []);
        AssertCovers(SalesProjectGenerators.Histories(), SalesProjectGenerators.Commands, []);
    }

    [Fact]
    public void Site_item_generators_cover_every_command_type_and_histories_accept_each_of_them() =>
        AssertCovers(SiteItemGenerators.Histories(), SiteItemGenerators.Commands, []);

    [Fact]
    public void Signing_notice_generators_cover_every_command_type_and_histories_accept_each_of_them() =>
        AssertCovers(SigningNoticeBundleGenerators.Histories(), SigningNoticeBundleGenerators.Commands, []);

    [Fact]
    public void Site_visit_generators_cover_every_command_type_and_histories_accept_each_of_them() =>
        AssertCovers(SiteVisitGenerators.Histories(), SiteVisitGenerators.Commands, []);

    [Fact]
    public void Reception_generators_cover_every_command_type_and_histories_accept_each_of_them() =>
        AssertCovers(ReceptionDayGenerators.Histories(), ReceptionDayGenerators.Commands, []);

    private static void AssertValid<TCommand, TEvent, TState>(IDecider<TCommand, TEvent, TState> decider, History<TCommand, TEvent, TState> history, DecisionContext context)
    {
        // Each command is decided again in the context it was decided in (its day, its sources); the given context
        // set the policies the history was generated under.
        Assert.All(history.Contexts, c => Assert.Equal(context.Calendar, c.Calendar));
        var state = decider.Initial;
        foreach (var (command, stepContext) in history.Steps)
        {
            var (decision, next) = decider.Apply(command, state, stepContext);
            Assert.True(decision.IsAccepted, decision.IsAccepted ? string.Empty : $"{command} was rejected in {history}: {decision.Error}");
            state = next;
        }

        Assert.Equivalent(history.State, state, strict: true);
        Assert.Equivalent(history.State, decider.Replay(history.Events), strict: true);
    }

    private static void AssertCovers<TCommand, TEvent, TState>(
        Gen<History<TCommand, TEvent, TState>> histories, Func<TState, Gen<TCommand>> commands, IReadOnlyCollection<Type> neverAccepted)
    {
        var all = Support.CommandTypes.Of<TCommand>().Select(t => t.Name).Order().ToList();
        var sample = histories.Sample(100, new Rnd(20250303UL), 300);
        var candidates = sample.SelectMany((h, i) => commands(h.State).Sample(10, new Rnd(20250303UL + (ulong)i), 20)).Select(c => c!.GetType().Name).ToHashSet();
        var accepted = sample.SelectMany(h => h.Commands).Select(c => c!.GetType().Name).ToHashSet();
        Assert.Equal(all, candidates.Order());
        Assert.Equal(all.Except(neverAccepted.Select(t => t.Name)), accepted.Order());
    }
}

internal static class ScanExtensions
{
    /// <summary>The states a fold passes through, after each element.</summary>
    public static IEnumerable<TState> Scan<T, TState>(this IEnumerable<T> items, TState seed, Func<TState, T, TState> step)
    {
        var state = seed;
        foreach (var item in items)
        {
            state = step(state, item);
            yield return state;
        }
    }
}
