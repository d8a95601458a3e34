using NodaTime;

namespace KeyAccount.Domain.Service;

/// <summary>A support request of a won account (KAM-04).</summary>
/// <param name="Number">Its number within the account.</param>
/// <param name="Subject">What the customer needs.</param>
/// <param name="ReceivedOn">The day it was received.</param>
/// <param name="RespondBy">The last day of its response window.</param>
/// <param name="RespondedOn">The day of the first response; null before.</param>
/// <param name="Resolution">The resolution; null before closing.</param>
/// <param name="ConfirmedBy">The customer's person who confirmed it; null before closing.</param>
/// <param name="ClosedOn">The day it was closed; null before.</param>
public sealed record SupportRequest(int Number, string Subject, LocalDate ReceivedOn, LocalDate RespondBy, LocalDate? RespondedOn, string? Resolution, string? ConfirmedBy, LocalDate? ClosedOn)
{
    /// <summary>Returns whether the request is overdue as of a day: its window ended before that day without a first
    /// response within it. Once overdue, a request stays overdue on every later day (KAM-04).</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueAsOf(LocalDate asOf) => RespondBy < asOf && !(RespondedOn <= RespondBy);
}
