using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using JasperFx.Events;
using KeyAccount.Domain.Identifiers;
using Marten;
using Marten.Events.Projections;

namespace KeyAccount.Domain.Marten.Projections;

/// <summary>
/// A Marten projection that folds each stream a page of events touches with the aggregate's own decider
/// (<c>Definition.Decider.Replay</c>), so a view never re-implements a rule: the stream is read whole from Marten and
/// replayed, and the view is written from the state. Replaying to the latest committed event makes a page applied
/// twice (the daemon's at-least-once delivery) write the same view.
/// </summary>
/// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
/// <typeparam name="TState">The aggregate's state type.</typeparam>
internal abstract class StreamReplayProjection<TEvent, TState> : IProjection
    where TEvent : class
{
    private readonly Func<IEnumerable<TEvent>, TState> replay;

    /// <summary>Creates the projection.</summary>
    /// <param name="replay">The decider's replay, e.g. <c>SalesDayAggregate.Definition.Decider.Replay</c>.</param>
    protected StreamReplayProjection(Func<IEnumerable<TEvent>, TState> replay) => this.replay = replay;

    /// <inheritdoc />
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var folded = new List<(StreamId, long, TState)>();
        foreach (var stream in events.Where(e => e.Data is TEvent).Select(e => e.StreamKey!).Distinct(StringComparer.Ordinal))
        {
            var history = await operations.Events.FetchStreamAsync(stream, token: cancellation).ConfigureAwait(false);
            folded.Add((new StreamId(stream), history.Count, replay(history.Select(e => (TEvent)e.Data))));
        }

        if (folded.Count > 0)
        {
            await WriteAsync(operations, folded, cancellation).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the views of the streams the page touched.</summary>
    /// <param name="operations">The session the daemon commits with the page's progress.</param>
    /// <param name="streams">Each touched stream with its version and its state after its last committed event.</param>
    /// <param name="cancellation">Cancels the write.</param>
    /// <returns>A task.</returns>
    protected abstract Task WriteAsync(IDocumentOperations operations, IReadOnlyList<(StreamId Stream, long Version, TState State)> streams, CancellationToken cancellation);
}
