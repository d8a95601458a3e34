using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The host's tier thresholds (ACC-13): an account is tier A when both its transaction amount and its number of
/// transactions over the review period reach the A thresholds, tier B when both reach the B thresholds, else tier C.
/// </summary>
/// <param name="TierAAmount">The amount for tier A.</param>
/// <param name="TierATransactions">The number of transactions for tier A.</param>
/// <param name="TierBAmount">The amount for tier B; same currency as <paramref name="TierAAmount"/>.</param>
/// <param name="TierBTransactions">The number of transactions for tier B.</param>
public sealed record AccountTierPolicy(Money TierAAmount, int TierATransactions, Money TierBAmount, int TierBTransactions)
    : IPolicy<AccountTierPolicy>
{
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
}
