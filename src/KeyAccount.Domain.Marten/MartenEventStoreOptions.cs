using System;

namespace KeyAccount.Domain.Marten;

/// <summary>How a <see cref="MartenEventStore{TEvent}"/> reads the whole store.</summary>
/// <param name="StaleGapAfter">
/// How long a gap in Marten's global sequence may stay open before a global read passes it: a gap is an append that
/// has taken its sequence numbers and not committed yet (the read waits for it) or one that rolled back (it never
/// fills). Not negative.
/// </param>
public sealed record MartenEventStoreOptions(TimeSpan StaleGapAfter)
{
    /// <summary>Gets the default: a gap is passed after 3 seconds. The global read goes by the clock alone, so it waits
    /// longer than the async daemon (half a second, <see cref="KeyAccountMarten.Configure"/>), which asks PostgreSQL
    /// whether a live transaction could still fill the gap.</summary>
    public static MartenEventStoreOptions Default { get; } = new(TimeSpan.FromSeconds(3));
}
