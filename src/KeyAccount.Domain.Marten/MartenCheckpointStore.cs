using System;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.EventSourcing;
using Marten;

namespace KeyAccount.Domain.Marten;

/// <summary>Checkpoints kept in PostgreSQL as <see cref="ProcessCheckpoint"/> documents, so a restarted host reads on where it stopped.</summary>
public sealed class MartenCheckpointStore : ICheckpointStore
{
    private readonly IDocumentStore store;

    /// <summary>Creates a checkpoint store.</summary>
    /// <param name="store">A Marten store configured by <see cref="KeyAccountMarten.Configure"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public MartenCheckpointStore(IDocumentStore store) => this.store = Preconditions.CheckNotNull(store);

    /// <inheritdoc />
    public async ValueTask<long> LoadAsync(string reader, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotBlank(reader);
        await using var session = store.QuerySession();
        var checkpoint = await session.LoadAsync<ProcessCheckpoint>(reader, cancellationToken).ConfigureAwait(false);
        return checkpoint?.Position ?? 0L;
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(string reader, long position, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotBlank(reader);
        await using var session = store.LightweightSession();
        session.Store(new ProcessCheckpoint { Id = reader, Position = position });
        await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
