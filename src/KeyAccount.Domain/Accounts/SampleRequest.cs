using NodaTime;

namespace KeyAccount.Domain.Accounts;

/// <summary>样品 — a sample the customer asked for, and when it was delivered (ACC-04).</summary>
/// <param name="Item">What was asked for; compared without regard to case.</param>
/// <param name="DeliveredOn">The day it was delivered, or null while outstanding.</param>
public sealed record SampleRequest(string Item, LocalDate? DeliveredOn)
{
    /// <summary>Gets whether the sample has been delivered.</summary>
    public bool IsDelivered => DeliveredOn is not null;
}
