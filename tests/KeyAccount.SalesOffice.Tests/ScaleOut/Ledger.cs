using System.Collections.Concurrent;

namespace KeyAccount.SalesOffice.Tests.ScaleOut;

/// <summary>A command the hosts committed: its Idempotency-Key (the command ID), the stream and version they answered
/// with, whether they answered that it had been handled before, and whether the client sent it again on purpose.</summary>
internal sealed record Committed(string Kind, Guid Key, string Stream, long Version, bool AlreadyProcessed, bool DeliberateRetry);

/// <summary>What the clients of a run saw: every committed command and the count of each outcome.</summary>
internal sealed class Ledger
{
    private long sent;
    private long accepted;
    private long replayed;
    private long conflicts;
    private long rejected;
    private long unreachable;

    public ConcurrentBag<Committed> Commits { get; } = [];

    /// <summary>Gets the registrations the register accepted: review by Idempotency-Key.</summary>
    public ConcurrentDictionary<Guid, Guid> Registrations { get; } = new();

    public long Sent => Interlocked.Read(ref sent);

    public long Accepted => Interlocked.Read(ref accepted);

    public long Replayed => Interlocked.Read(ref replayed);

    public long Conflicts => Interlocked.Read(ref conflicts);

    public long Rejected => Interlocked.Read(ref rejected);

    public long Unreachable => Interlocked.Read(ref unreachable);

    public long CountSent() => Interlocked.Increment(ref sent);

    public void Commit(Committed commit)
    {
        Commits.Add(commit);
        Interlocked.Increment(ref commit.AlreadyProcessed ? ref replayed : ref accepted);
    }

    public void Conflict() => Interlocked.Increment(ref conflicts);

    public void Reject() => Interlocked.Increment(ref rejected);

    public void Unreached() => Interlocked.Increment(ref unreachable);
}
