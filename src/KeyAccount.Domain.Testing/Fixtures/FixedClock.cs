using NodaTime;

namespace KeyAccount.Domain.Testing.Fixtures;

/// <summary>
/// A clock that always reads the same instant, for host code that takes an <see cref="IClock"/> to build its decision
/// contexts. Immutable: <see cref="AdvancedBy"/> returns a new clock.
/// </summary>
/// <param name="now">The instant the clock reads.</param>
public sealed class FixedClock(Instant now) : IClock
{
    /// <summary>Gets the instant the clock reads.</summary>
    public Instant Now { get; } = now;

    /// <summary>Creates a clock reading a local date and time in Asia/Shanghai.</summary>
    /// <param name="local">The Beijing time.</param>
    /// <returns>The clock.</returns>
    public static FixedClock AtBeijingTime(LocalDateTime local) =>
        new(local.InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant());

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Now;

    /// <summary>Returns a clock reading a later (or earlier) instant.</summary>
    /// <param name="duration">How far to move.</param>
    /// <returns>The new clock.</returns>
    public FixedClock AdvancedBy(Duration duration) => new(Now + duration);
}
