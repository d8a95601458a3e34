using System.Threading;
using System.Threading.Tasks;

namespace KeyAccount.Domain.EventSourcing;

/// <summary>Where a host keeps how far each reader of the store has read (its checkpoint, a global position).</summary>
public interface ICheckpointStore
{
    /// <summary>Reads a reader's checkpoint; 0 for a reader that never saved one.</summary>
    /// <param name="reader">The reader's name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The last position the reader finished.</returns>
    ValueTask<long> LoadAsync(string reader, CancellationToken cancellationToken = default);

    /// <summary>Saves a reader's checkpoint.</summary>
    /// <param name="reader">The reader's name.</param>
    /// <param name="position">The last position it finished.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the checkpoint is saved.</returns>
    ValueTask SaveAsync(string reader, long position, CancellationToken cancellationToken = default);
}
