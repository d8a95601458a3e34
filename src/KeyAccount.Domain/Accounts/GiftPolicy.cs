using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The host's gift rules for visits: the ceiling of a gift's value (VIS-02) and how many days before a public
/// holiday a festival gift may be taken (VIS-03).
/// </summary>
/// <param name="Ceiling">The most a gift may be worth; the default is CNY 500.</param>
/// <param name="FestivalLeadDays">A festival gift is allowed for a visit on a public holiday of the business calendar
/// or up to this many days before one; the default is 7 (inferred: the source says "on important holidays").</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Ceiling"/> is negative, or <paramref name="FestivalLeadDays"/> is negative.</exception>
public sealed record GiftPolicy(Money Ceiling, int FestivalLeadDays = 7) : IPolicy<GiftPolicy>
{
    /// <summary>Gets the most a gift may be worth.</summary>
    public Money Ceiling { get; } = Ceiling.Amount >= 0 ? Ceiling : throw new ArgumentOutOfRangeException(nameof(Ceiling), Ceiling, "The gift ceiling must not be negative.");

    /// <summary>Gets how many days before a public holiday a festival gift may be taken.</summary>
    public int FestivalLeadDays { get; } = FestivalLeadDays >= 0 ? FestivalLeadDays : throw new ArgumentOutOfRangeException(nameof(FestivalLeadDays), FestivalLeadDays, "The lead days must not be negative.");

    /// <summary>Gets the catalogue's default: a ceiling of CNY 500, festival gifts up to 7 days before a holiday.</summary>
    public static GiftPolicy Default { get; } = new(Money.Cny(500m));
}
