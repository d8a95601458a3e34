using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// 礼物 — a gift taken on a visit: modest (VIS-02), and for the owner only as a festival gift (VIS-03).
/// </summary>
/// <param name="Description">What it is, e.g. tea or a company notebook.</param>
/// <param name="Value">What it is worth; must not exceed the <see cref="GiftPolicy"/> ceiling.</param>
/// <param name="IsFestivalGift">Whether it is a festival gift (节日礼物) for an important holiday.</param>
public sealed record Gift(string Description, Money Value, bool IsFestivalGift = false);
