using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>Checkpoints in memory, for tests, samples and single-process hosts.</summary>
public sealed class InMemoryCheckpointStore : ICheckpointStore
{
    private readonly ConcurrentDictionary<string, long> positions = new(System.StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<long> LoadAsync(string reader, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(positions.TryGetValue(Preconditions.CheckNotBlank(reader), out var position) ? position : 0L);
    }

    /// <inheritdoc />
    public ValueTask SaveAsync(string reader, long position, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        positions[Preconditions.CheckNotBlank(reader)] = position;
        return ValueTask.CompletedTask;
    }
}
