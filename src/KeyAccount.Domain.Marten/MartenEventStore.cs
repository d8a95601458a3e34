using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using JasperFx.Events;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using Marten;
using Marten.Events;
using Marten.Exceptions;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Domain.Marten;

/// <summary>
/// The event store of one aggregate on Marten's event store in PostgreSQL: one Marten stream per
/// <see cref="StreamId"/>, each event under its wire name, the command ID, actor and decision time in the event's
/// headers (so a retry is recognised after a restart, GEN-03). An append at the wrong version writes nothing and
/// returns a <see cref="ConcurrencyConflict"/>.
/// </summary>
/// <typeparam name="TEvent">The aggregate's event base type (one of <see cref="Aggregates.AggregateCatalogue.All"/>).</typeparam>
public sealed class MartenEventStore<TEvent> : IEventStore<TEvent>
    where TEvent : class
{
    private readonly IDocumentStore store;
    private readonly MartenEventStoreOptions options;

    /// <summary>Creates a store.</summary>
    /// <param name="store">A Marten store configured by <see cref="KeyAccountMarten.Configure"/>.</param>
    /// <param name="options">How the global read treats gaps; <see cref="MartenEventStoreOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><typeparamref name="TEvent"/> is not the event type of an aggregate of the catalogue.</exception>
    public MartenEventStore(IDocumentStore store, MartenEventStoreOptions? options = null)
    {
        this.store = Preconditions.CheckNotNull(store);
        this.options = options ?? MartenEventStoreOptions.Default;
        _ = EventTypeMap.WireNamesOf<TEvent>();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<EventEnvelope<TEvent>>> ReadAsync(StreamId stream, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(stream.Value, token: cancellationToken).ConfigureAwait(false);
        return events.Select(MartenEnvelopes.ToEnvelope<TEvent>).ToArray();
    }

    /// <inheritdoc />
    public async ValueTask<AppendResult> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<EventEnvelope<TEvent>> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        Preconditions.CheckArgument(expectedVersion >= 0, nameof(expectedVersion), "The expected version must not be negative.");
        for (var i = 0; i < events.Count; i++)
        {
            Preconditions.CheckArgument(events[i].Stream == stream && events[i].Version == expectedVersion + i + 1, nameof(events), "Envelopes must belong to the stream and be numbered contiguously from the expected version.");
        }

        await using var session = store.LightweightSession();
        if (events.Count == 0)
        {
            var current = await VersionOfAsync(session, stream, cancellationToken).ConfigureAwait(false);
            return current == expectedVersion
                ? AppendResult.Appended(expectedVersion)
                : AppendResult.Conflict(new ConcurrencyConflict(stream, expectedVersion, current));
        }

        var wrapped = events.Select(e => Wrap(session, e)).ToArray();
        if (expectedVersion == 0)
        {
            session.Events.StartStream(stream.Value, wrapped);
        }
        else
        {
            session.Events.Append(stream.Value, expectedVersion + events.Count, wrapped);
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsVersionConflict(e))
        {
            var actual = await VersionOfAsync(store.QuerySession(), stream, cancellationToken).ConfigureAwait(false);
            return AppendResult.Conflict(new ConcurrencyConflict(stream, expectedVersion, actual));
        }

        return AppendResult.Appended(expectedVersion + events.Count);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Positions are Marten's global sequence numbers (shared by every aggregate, so one aggregate's positions have
    /// gaps). A sequence number taken by a transaction that has not committed yet is waited for: the read stops
    /// before it until it commits or is older than <see cref="MartenEventStoreOptions.StaleGapAfter"/> (a rolled-back
    /// append leaves such a gap for ever), so that a reader never passes an event that commits later.
    /// </remarks>
    public async ValueTask<IReadOnlyList<StoredEvent<TEvent>>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(afterPosition >= 0, nameof(afterPosition), "The position must not be negative.");
        Preconditions.CheckArgument(maxCount > 0, nameof(maxCount), "The count must be positive.");
        await using var session = store.QuerySession();
        var wireNames = new HashSet<string>(EventTypeMap.WireNamesOf<TEvent>(), StringComparer.Ordinal);
        var table = $"{store.Options.Events.DatabaseSchemaName}.mt_events";
        var stale = options.StaleGapAfter.TotalSeconds;
        var selected = 0;
        var expected = afterPosition + 1;
        var last = afterPosition;
        const int Page = 1024;
        while (selected < maxCount)
        {
            var rows = await session.AdvancedSql.QueryAsync<SequenceRow>(
                $"select json_build_object('sequence', seq_id, 'type', type, 'stale', (now() - timestamp) > make_interval(secs => ?)) from {table} where seq_id > ? order by seq_id limit ?",
                cancellationToken,
                stale,
                last,
                Page).ConfigureAwait(false);
            var blocked = false;
            foreach (var (sequence, type, isStale) in rows)
            {
                if (sequence != expected && !isStale)
                {
                    blocked = true;
                    break;
                }

                expected = sequence + 1;
                last = sequence;
                if (wireNames.Contains(type) && ++selected == maxCount)
                {
                    break;
                }
            }

            if (blocked || rows.Count < Page)
            {
                break;
            }
        }

        if (selected == 0)
        {
            return [];
        }

        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.Sequence > afterPosition && e.Sequence <= last)
            .Where(e => e.EventTypesAre(EventTypeMap.TypesOf<TEvent>()))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return events.Select(e => new StoredEvent<TEvent>(e.Sequence, MartenEnvelopes.ToEnvelope<TEvent>(e))).ToArray();
    }

    private static async ValueTask<long> VersionOfAsync(IQuerySession session, StreamId stream, CancellationToken cancellationToken)
    {
        await using (session.ConfigureAwait(false))
        {
            var state = await session.Events.FetchStreamStateAsync(stream.Value, cancellationToken).ConfigureAwait(false);
            return state?.Version ?? 0L;
        }
    }

    private static bool IsVersionConflict(Exception e) =>
        e is EventStreamUnexpectedMaxEventIdException or JasperFx.Events.ExistingStreamIdCollisionException or global::Marten.Exceptions.ExistingStreamIdCollisionException or JasperFx.ConcurrencyException;

    private static IEvent Wrap(IDocumentSession session, EventEnvelope<TEvent> envelope)
    {
        var wrapped = session.Events.BuildEvent(envelope.Event);
        wrapped.SetHeader(EventHeaders.CommandId, envelope.CommandId.Value.ToString("D"));
        wrapped.SetHeader(EventHeaders.Actor, envelope.Actor.Value);
        wrapped.SetHeader(EventHeaders.RecordedAt, InstantPattern.ExtendedIso.Format(envelope.RecordedAt));
        return wrapped;
    }
}

/// <summary>One row of the gap scan of <see cref="MartenEventStore{TEvent}.ReadAllAsync"/>.</summary>
/// <param name="Sequence">The global sequence number.</param>
/// <param name="Type">The event's type name.</param>
/// <param name="Stale">Whether the event is older than the stale-gap limit.</param>
internal sealed record SequenceRow(long Sequence, string Type, bool Stale);
