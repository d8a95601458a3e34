using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>
/// How many calendar days before the launch (开盘) the pre-sale preparation must be complete (SITE-01, default 2):
/// with 2, preparation for a launch on the 10th is complete on the 8th at the latest.
/// </summary>
/// <param name="DaysBeforeLaunch">The number of days, zero or more.</param>
public sealed record LaunchPreparationPolicy(int DaysBeforeLaunch) : IPolicy<LaunchPreparationPolicy>
{
    /// <summary>Gets the number of days.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The number is negative.</exception>
    public int DaysBeforeLaunch { get; } = DaysBeforeLaunch >= 0
        ? DaysBeforeLaunch
        : throw new System.ArgumentOutOfRangeException(nameof(DaysBeforeLaunch), DaysBeforeLaunch, "The lead time cannot be negative.");

    /// <summary>Gets the catalogue's default: 2 days.</summary>
    public static LaunchPreparationPolicy Default { get; } = new(2);
}
