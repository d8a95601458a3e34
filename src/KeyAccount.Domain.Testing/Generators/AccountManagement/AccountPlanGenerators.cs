using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.AccountManagement;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators.AccountManagement;

/// <summary>
/// FsCheck generators for account plans (<see cref="AccountPlanAggregate"/>, KAM-06): plans for the first quarter of 2025,
/// transactions in and out of the period, repeated references, amounts in the wrong currency, and closing.
/// </summary>
public static class AccountPlanGenerators
{
    /// <summary>Gets the kit's plan period: the first quarter of 2025.</summary>
    public static DateInterval Period { get; } = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 31));

    /// <summary>Gets the context the kit closes plans in: the first working day after <see cref="Period"/>.</summary>
    public static DecisionContext AfterPeriod { get; } = TestContexts.On(new LocalDate(2025, 4, 1));

    /// <summary>Returns transactions: mostly in <see cref="Period"/> and in CNY, some outside it, negative or in USD,
    /// with references from a small set so that some repeat.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Transaction> Transactions() =>
        from reference in Gen.Choose(1, 12).Select(n => $"SO-2025-{n:D3}")
        from day in Gen.Frequency((8, Gen.Choose(0, 89)), (1, Gen.Elements(-1, 90)))
        from amount in Gen.Frequency((8, Gen.Choose(1, 400).Select(n => Money.Cny(n * 5_000m))), (1, Gen.Constant(Money.Cny(-10m))), (1, Gen.Constant(new Money(100m, Currency.USD))))
        select new Transaction(reference, Period.Start.PlusDays(day), amount);

    /// <summary>Returns candidate commands whatever the state, valid and invalid alike.</summary>
    /// <param name="plan">The plan that settings name.</param>
    /// <param name="account">The account that settings name.</param>
    /// <returns>The generator.</returns>
    public static Gen<AccountPlanCommand> Candidates(AccountPlanId plan, AccountId account) =>
        Gen.Frequency(
            (1, from target in Gen.Choose(-1, 200).Select(n => Money.Cny(n * 10_000m))
                from frequency in Gen.Choose(-1, 20)
                from satisfaction in Gen.Elements(-1m, 0m, 75m, 85.5m, 101m)
                from reversed in Gen.Elements(false, false, true)
                select (AccountPlanCommand)new SetAccountPlan(plan, account, new ActorId("E0007"), reversed ? Period.End : Period.Start, reversed ? Period.Start : Period.End, target, frequency, satisfaction)),
            (6, Transactions().Select(t => (AccountPlanCommand)new RecordTransaction(t))),
            (1, Gen.Constant((AccountPlanCommand)new CloseAccountPlan())));

    /// <summary>Returns candidate commands for a state: a plan first, then mostly transactions (see <see cref="Candidates"/>).</summary>
    /// <param name="state">The plan so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<AccountPlanCommand> Commands(AccountPlanState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsSet)
        {
            var set = from plan in KernelGenerators.Identifier<AccountPlanId>()
                      from account in KernelGenerators.Identifier<AccountId>()
                      from manager in Gen.Elements("E0007", "E0008")
                      select (AccountPlanCommand)new SetAccountPlan(plan, account, new ActorId(manager), Period.Start, Period.End, Money.Cny(1_000_000m), 6, 80m);
            return Gen.Frequency((6, set), (1, Candidates(default, default)));
        }

        return Candidates(state.Plan, state.Account);
    }

    /// <summary>Returns valid histories of a plan (see <see cref="Generators.Histories"/>); closing is decided after the period.</summary>
    /// <param name="context">The decision context of every command but closing; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<AccountPlanCommand, AccountPlanEvent, AccountPlanState>> Histories(DecisionContext? context = null)
    {
        var decided = context ?? TestContexts.Default;
        return global::KeyAccount.Domain.Testing.Generators.Histories.OverTime(
            AccountPlanAggregate.Definition.Decider,
            (state, _) => Commands(state),
            (today, _, command) => command is CloseAccountPlan && today.Today <= Period.End ? AfterPeriod : today,
            decided);
    }
}
