using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The state of an account plan, evolved by <see cref="AccountPlanDecider"/> (KAM-06).</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Account">The account.</param>
/// <param name="Manager">The account manager.</param>
/// <param name="From">The period's first day.</param>
/// <param name="To">The period's last day.</param>
/// <param name="TargetAmount">The target transaction amount.</param>
/// <param name="TargetFrequency">The target number of transactions.</param>
/// <param name="TargetSatisfaction">The target satisfaction index.</param>
/// <param name="Status">The lifecycle state; <see cref="AccountPlanStatus.None"/> before the plan is set.</param>
/// <param name="Transactions">The recorded transactions, keyed by reference.</param>
public sealed record AccountPlanState(
    AccountPlanId Plan,
    AccountId Account,
    ActorId Manager,
    LocalDate From,
    LocalDate To,
    Money TargetAmount,
    int TargetFrequency,
    decimal TargetSatisfaction,
    AccountPlanStatus Status,
    ImmutableSortedDictionary<string, Transaction> Transactions)
{
    /// <summary>Gets the state before the plan is set.</summary>
    public static AccountPlanState NotSet { get; } = new(default, default, default, default, default, default, 0, 0m, AccountPlanStatus.None, ImmutableSortedDictionary.Create<string, Transaction>(System.StringComparer.Ordinal));

    /// <summary>Gets whether the plan was set.</summary>
    public bool IsSet => Status != AccountPlanStatus.None;

    /// <summary>Gets the period, both ends included; null before the plan is set.</summary>
    public DateInterval? Period => IsSet ? new DateInterval(From, To) : null;

    /// <summary>Gets the transaction amount of the period, derived from the recorded transactions.</summary>
    public Money TransactionAmount => Money.Sum(Transactions.Values.Select(t => t.Amount), TargetAmount.Currency);

    /// <summary>Gets the number of transactions of the period.</summary>
    public int TransactionCount => Transactions.Count;

    /// <summary>Returns the tier review of the account over the plan's period (ACC-13): the same recorded transactions
    /// the plan is evaluated on, never typed in.</summary>
    /// <returns>The command to the account.</returns>
    public ReviewTier TierReview() => new(TransactionAmount, TransactionCount);

    /// <inheritdoc />
    public bool Equals(AccountPlanState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
