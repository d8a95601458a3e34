using NodaTime;

namespace KeyAccount.Domain.Service;

/// <summary>A feedback item or suggestion of a won account (KAM-05).</summary>
/// <param name="Number">Its number within the account.</param>
/// <param name="Text">The feedback.</param>
/// <param name="ReceivedOn">The day it was received.</param>
/// <param name="DisposeBy">The last day of its feedback window.</param>
/// <param name="Disposition">Its disposition; null while it has none.</param>
public sealed record FeedbackItem(int Number, string Text, LocalDate ReceivedOn, LocalDate DisposeBy, FeedbackDisposition? Disposition)
{
    /// <summary>Returns whether the item has no disposition as of a day although its window ended before it (KAM-05).</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueAsOf(LocalDate asOf) => DisposeBy < asOf && !(Disposition?.DisposedOn <= DisposeBy);
}
