using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Marten.Projections;

/// <summary>One subscription in a <see cref="SubscriptionLedger"/>, as its state stands after its last event.</summary>
public sealed class SubscriptionLedgerEntry
{
    /// <summary>Gets or sets the subscription's stream ID.</summary>
    public string Stream { get; set; } = string.Empty;

    /// <summary>Gets or sets the version of the stream the entry was made at.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets the subscription.</summary>
    public SubscriptionId Subscription { get; set; }

    /// <summary>Gets or sets the unit it holds or held.</summary>
    public UnitId Unit { get; set; }

    /// <summary>Gets or sets its status.</summary>
    public SubscriptionStatus Status { get; set; }

    /// <summary>Gets or sets the price.</summary>
    public Money Price { get; set; } = Money.Zero(Currency.CNY);

    /// <summary>Gets or sets what was paid in.</summary>
    public Money PaidIn { get; set; } = Money.Zero(Currency.CNY);

    /// <summary>Gets or sets what was refunded.</summary>
    public Money Refunded { get; set; } = Money.Zero(Currency.CNY);

    /// <summary>Gets or sets the refund due and not paid yet.</summary>
    public Money RefundDue { get; set; } = Money.Zero(Currency.CNY);
}
