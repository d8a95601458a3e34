using System.Threading;
using KeyAccount.Domain.Processes;

namespace KeyAccount.Domain.Marten.Daemon;

/// <summary>What the process subscriptions of one host did: the source events they finished and the commands they sent, by outcome.</summary>
internal sealed class ProcessTally
{
    private long events;
    private long applied;
    private long alreadyApplied;
    private long refused;
    private long retried;

    /// <summary>Gets the source events finished.</summary>
    public long Events => Interlocked.Read(ref events);

    /// <summary>Gets the commands a target accepted now.</summary>
    public long Applied => Interlocked.Read(ref applied);

    /// <summary>Gets the commands a target had already (GEN-03): work done twice, absorbed by the command IDs.</summary>
    public long AlreadyApplied => Interlocked.Read(ref alreadyApplied);

    /// <summary>Gets the commands a target refused with its rule.</summary>
    public long Refused => Interlocked.Read(ref refused);

    /// <summary>Gets the events run again because a command kept conflicting or its evidence lagged.</summary>
    public long Retried => Interlocked.Read(ref retried);

    /// <summary>Counts one finished source event and its commands.</summary>
    /// <param name="dispatches">The commands sent for it.</param>
    public void Finished(System.Collections.Generic.IEnumerable<ProcessDispatch> dispatches)
    {
        Interlocked.Increment(ref events);
        foreach (var dispatch in dispatches)
        {
            _ = dispatch.Status switch
            {
                ProcessDispatchStatus.Applied => Interlocked.Increment(ref applied),
                ProcessDispatchStatus.AlreadyApplied => Interlocked.Increment(ref alreadyApplied),
                ProcessDispatchStatus.Refused => Interlocked.Increment(ref refused),
                _ => 0,
            };
        }
    }

    /// <summary>Counts an event that has to be run again.</summary>
    public void Retry() => Interlocked.Increment(ref retried);
}
