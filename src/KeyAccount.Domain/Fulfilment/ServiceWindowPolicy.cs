using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>
/// How many working days after the day a service request is received it must be acknowledged (DLV-05, default 1).
/// The day of receipt is not counted; days are counted on the context's business calendar.
/// </summary>
/// <param name="WorkingDays">The number of working days, zero or more.</param>
public sealed record ServiceWindowPolicy(int WorkingDays) : IPolicy<ServiceWindowPolicy>
{
    /// <summary>Gets the number of working days.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The number is negative.</exception>
    public int WorkingDays { get; } = WorkingDays >= 0
        ? WorkingDays
        : throw new System.ArgumentOutOfRangeException(nameof(WorkingDays), WorkingDays, "The service window cannot be negative.");

    /// <summary>Gets the default: 1 working day.</summary>
    public static ServiceWindowPolicy Default { get; } = new(1);
}
