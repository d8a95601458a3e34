using System;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Accounts;

/// <summary>How often every key contact of a won account should be contacted (ACC-14).</summary>
/// <param name="IntervalDays">The most days between two interactions; the default is 30.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="IntervalDays"/> is less than 1.</exception>
public sealed record ContactIntervalPolicy(int IntervalDays) : IPolicy<ContactIntervalPolicy>
{
    /// <summary>Gets the most days between two interactions.</summary>
    public int IntervalDays { get; } = IntervalDays >= 1 ? IntervalDays : throw new ArgumentOutOfRangeException(nameof(IntervalDays), IntervalDays, "The contact interval is at least one day.");

    /// <summary>Gets the catalogue's default: 30 days.</summary>
    public static ContactIntervalPolicy Default { get; } = new(30);
}
