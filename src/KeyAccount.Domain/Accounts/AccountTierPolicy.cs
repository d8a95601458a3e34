using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The host's tier thresholds (ACC-13): an account is tier A when both its transaction amount and its number of
/// transactions over the review period reach the A thresholds, tier B when both reach the B thresholds, else tier C.
/// </summary>
/// <param name="TierAAmount">The amount for tier A.</param>
/// <param name="TierATransactions">The number of transactions for tier A.</param>
/// <param name="TierBAmount">The amount for tier B, in the currency of <paramref name="TierAAmount"/> and not above it.</param>
/// <param name="TierBTransactions">The number of transactions for tier B, not above <paramref name="TierATransactions"/>.</param>
/// <exception cref="ArgumentException">The amounts are in different currencies, or the B thresholds exceed the A thresholds.</exception>
/// <exception cref="ArgumentOutOfRangeException">An amount or a number of transactions is negative.</exception>
public sealed record AccountTierPolicy(Money TierAAmount, int TierATransactions, Money TierBAmount, int TierBTransactions)
    : IPolicy<AccountTierPolicy>
{
    /// <summary>Gets the amount for tier A.</summary>
    public Money TierAAmount { get; } = TierAAmount.Amount >= 0 ? TierAAmount : throw new ArgumentOutOfRangeException(nameof(TierAAmount), TierAAmount, "Thresholds must not be negative.");

    /// <summary>Gets the number of transactions for tier A.</summary>
    public int TierATransactions { get; } = TierATransactions >= 0 ? TierATransactions : throw new ArgumentOutOfRangeException(nameof(TierATransactions), TierATransactions, "Thresholds must not be negative.");

    /// <summary>Gets the amount for tier B.</summary>
    public Money TierBAmount { get; } = CheckB(TierBAmount, TierAAmount, TierBTransactions, TierATransactions);

    /// <summary>Gets the number of transactions for tier B.</summary>
    public int TierBTransactions { get; } = TierBTransactions;

    /// <summary>Gets the default: A from CNY 5,000,000 and 12 transactions, B from CNY 1,000,000 and 4 transactions.</summary>
    public static AccountTierPolicy Default { get; } = new(Money.Cny(5_000_000m), 12, Money.Cny(1_000_000m), 4);

    /// <summary>Returns the tier for a transaction amount and count.</summary>
    /// <param name="amount">The amount, in the policy's currency.</param>
    /// <param name="transactions">The number of transactions.</param>
    /// <returns>The tier.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="amount"/> is in another currency.</exception>
    public AccountTier TierOf(Money amount, int transactions) =>
        amount >= TierAAmount && transactions >= TierATransactions ? AccountTier.A
        : amount >= TierBAmount && transactions >= TierBTransactions ? AccountTier.B
        : AccountTier.C;

    private static Money CheckB(Money b, Money a, int bTransactions, int aTransactions)
    {
        Preconditions.CheckArgument(b.Currency == a.Currency, nameof(TierBAmount), "Both thresholds must be in one currency.");
        Preconditions.CheckArgumentRange(b.Amount >= 0 && bTransactions >= 0, nameof(TierBAmount), b, "Thresholds must not be negative.");
        Preconditions.CheckArgument(b <= a && bTransactions <= aTransactions, nameof(TierBAmount), "The B thresholds must not exceed the A thresholds.");
        return b;
    }
}
