using System;
using System.Threading;
using System.Threading.Tasks;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>
/// How often and how patiently a command that lost a race (<see cref="ConcurrencyConflict"/>) is sent again: at most
/// <see cref="MaxAttempts"/> attempts, waiting <see cref="FirstDelay"/> before the second and twice as long before
/// each next one, never more than <see cref="MaxDelay"/>. The package reads no clock: the wait is
/// <see cref="Delay"/>, <see cref="Task.Delay(TimeSpan, CancellationToken)"/> unless the host gives another.
/// </summary>
/// <param name="MaxAttempts">The most attempts, the first included; at least 1.</param>
/// <param name="FirstDelay">The wait before the second attempt; not negative.</param>
/// <param name="MaxDelay">The longest wait between two attempts; not shorter than <paramref name="FirstDelay"/>.</param>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>Gets the default: 8 attempts, from 5 ms doubling up to 200 ms.</summary>
    public static RetryPolicy Default { get; } = new(8, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(200));

    /// <summary>Gets or initialises how a wait is made; <see cref="Task.Delay(TimeSpan, CancellationToken)"/> by default.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;

    /// <summary>Returns the wait before an attempt.</summary>
    /// <param name="attempt">The attempt, 2 for the first retry.</param>
    /// <returns>Zero for the first attempt; otherwise the doubled, capped delay.</returns>
    /// <exception cref="ArgumentException">The policy is not valid.</exception>
    public TimeSpan DelayBefore(int attempt)
    {
        Preconditions.CheckArgument(MaxAttempts >= 1 && FirstDelay >= TimeSpan.Zero && MaxDelay >= FirstDelay, nameof(MaxAttempts), "A retry policy needs at least one attempt and 0 <= first delay <= max delay.");
        if (attempt <= 1)
        {
            return TimeSpan.Zero;
        }

        var ticks = FirstDelay.Ticks;
        for (var i = 2; i < attempt && ticks < MaxDelay.Ticks; i++)
        {
            ticks *= 2;
        }

        return TimeSpan.FromTicks(Math.Min(ticks, MaxDelay.Ticks));
    }
}
