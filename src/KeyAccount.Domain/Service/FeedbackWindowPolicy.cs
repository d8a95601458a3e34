using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Service;

/// <summary>
/// How many working days after the day it is received the disposition of a feedback item is due (KAM-05, default 10). The day of receipt is
/// not counted; days are counted on the context's business calendar.
/// </summary>
/// <param name="WorkingDays">The number of working days, zero or more.</param>
public sealed record FeedbackWindowPolicy(int WorkingDays) : IPolicy<FeedbackWindowPolicy>
{
    /// <summary>Gets the number of working days.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The number is negative.</exception>
    public int WorkingDays { get; } = WorkingDays >= 0
        ? WorkingDays
        : throw new System.ArgumentOutOfRangeException(nameof(WorkingDays), WorkingDays, "The window cannot be negative.");

    /// <summary>Gets the default: 10 working days.</summary>
    public static FeedbackWindowPolicy Default { get; } = new(10);
}
