using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>
/// An append that lost a race: the stream moved on since it was read. Nothing was written; the caller reloads and
/// decides again (a retry with the same command ID is safe, GEN-03).
/// </summary>
/// <param name="Stream">The stream.</param>
/// <param name="ExpectedVersion">The version the writer read.</param>
/// <param name="ActualVersion">The version the stream had at the append.</param>
public sealed record ConcurrencyConflict(StreamId Stream, long ExpectedVersion, long ActualVersion);
