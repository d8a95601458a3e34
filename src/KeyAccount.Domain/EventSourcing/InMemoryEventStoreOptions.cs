using System;
using System.Threading;
using System.Threading.Tasks;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>How an <see cref="InMemoryEventStore{TEvent}"/> behaves between a read and the append that follows it.</summary>
/// <param name="AfterRead">
/// Awaited after every stream read, before the read returns: a writer that read a stream lets others run before it
/// appends, so that concurrent writers in a test really decide on the same version and conflict. <see langword="null"/>
/// for none.
/// </param>
public sealed record InMemoryEventStoreOptions(Func<CancellationToken, ValueTask>? AfterRead)
{
    /// <summary>Gets the options of a store that returns every read at once.</summary>
    public static InMemoryEventStoreOptions Immediate { get; } = new((Func<CancellationToken, ValueTask>?)null);

    /// <summary>Gets the options of a store that yields the thread after every read (<see cref="Task.Yield"/>).</summary>
    public static InMemoryEventStoreOptions Yielding { get; } = new(async _ => await Task.Yield());
}
