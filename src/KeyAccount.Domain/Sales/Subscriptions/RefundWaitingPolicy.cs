using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// How many working days after the approval day a refund becomes payable (CAN-05, default 5). The approval day is
/// not counted; days are counted on the context's business calendar.
/// </summary>
/// <param name="WorkingDays">The number of working days, zero or more.</param>
public sealed record RefundWaitingPolicy(int WorkingDays) : IPolicy<RefundWaitingPolicy>
{
    /// <summary>Gets the number of working days.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The number is negative.</exception>
    public int WorkingDays { get; } = WorkingDays >= 0
        ? WorkingDays
        : throw new System.ArgumentOutOfRangeException(nameof(WorkingDays), WorkingDays, "The waiting period cannot be negative.");

    /// <summary>Gets the catalogue's default: 5 working days.</summary>
    public static RefundWaitingPolicy Default { get; } = new(5);
}
