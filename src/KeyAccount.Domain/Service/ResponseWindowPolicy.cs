using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Service;

/// <summary>
/// How many working days after the day it is received the first response to a support request is due (KAM-04, default 1). The day of receipt is
/// not counted; days are counted on the context's business calendar.
/// </summary>
/// <param name="WorkingDays">The number of working days, zero or more.</param>
public sealed record ResponseWindowPolicy(int WorkingDays) : IPolicy<ResponseWindowPolicy>
{
    /// <summary>Gets the number of working days.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The number is negative.</exception>
    public int WorkingDays { get; } = WorkingDays >= 0
        ? WorkingDays
        : throw new System.ArgumentOutOfRangeException(nameof(WorkingDays), WorkingDays, "The window cannot be negative.");

    /// <summary>Gets the default: 1 working day.</summary>
    public static ResponseWindowPolicy Default { get; } = new(1);
}
