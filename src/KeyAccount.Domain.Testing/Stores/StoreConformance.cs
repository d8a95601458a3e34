using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using NodaTime;

namespace KeyAccount.Domain.Testing.Stores;

/// <summary>
/// The promises of <see cref="IEventStore{TEvent}"/> as checks any store can run, with any test framework: atomic
/// appends, expected versions, command IDs kept across a reopen (GEN-03), read order, concurrent appends and reading
/// the whole store from a position. Each check writes to streams of its own, so it runs on a store shared with other
/// checks or data. A failed check throws <see cref="StoreConformanceException"/>.
/// </summary>
/// <example>
/// <code>
/// [Theory, MemberData(nameof(Checks))]
/// public Task Conforms(string check) => new StoreConformance(() => myStore).RunAsync(check);
/// public static TheoryData&lt;string&gt; Checks => new(StoreConformance.CheckNames);
/// </code>
/// </example>
public sealed class StoreConformance
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 2, 2, 0);
    private static readonly ActorId Actor = new("E0001");
    private readonly Func<IEventStore<ContractRegisterEvent>> open;
    private readonly TimeSpan visibleWithin;
    private readonly Dictionary<string, Func<CancellationToken, Task>> checks;

    /// <summary>Creates the checks of a store of contract-register events.</summary>
    /// <param name="open">Opens the store; every call must open the same storage (a new instance over it, as after a restart, or the same instance).</param>
    /// <param name="visibleWithin">How long a committed append may take to show in a global read; 10 seconds when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public StoreConformance(Func<IEventStore<ContractRegisterEvent>> open, TimeSpan? visibleWithin = null)
    {
        this.open = open ?? throw new ArgumentNullException(nameof(open));
        this.visibleWithin = visibleWithin ?? TimeSpan.FromSeconds(10);
        checks = new(StringComparer.Ordinal)
        {
            ["unknown stream is empty"] = UnknownStreamIsEmpty,
            ["append to a new stream at 0, read back in order"] = AppendAndReadBack,
            ["appends number on from the expected version"] = AppendsNumberOn,
            ["wrong expected version conflicts and writes nothing"] = WrongVersionConflicts,
            ["append at a version to a missing stream conflicts"] = MissingStreamConflicts,
            ["an append is atomic: all events or none"] = AppendIsAtomic,
            ["command ID, actor and time survive a reopen"] = MetadataSurvivesReopen,
            ["concurrent appends at one version: one wins, the rest conflict"] = ConcurrentAppendsOneWins,
            ["concurrent appends to many streams all land"] = ConcurrentAppendsToManyStreams,
            ["read all from a position, in commit order"] = ReadAllFromPosition,
            ["read all rejects a negative position and a non-positive count"] = ReadAllValidatesArguments,
        };
    }

    /// <summary>Gets the names of the checks.</summary>
    public static IReadOnlyList<string> CheckNames { get; } = new StoreConformance(() => new InMemoryEventStore<ContractRegisterEvent>()).checks.Keys.ToArray();

    /// <summary>Runs one check.</summary>
    /// <param name="check">Its name, one of <see cref="CheckNames"/>.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that fails with <see cref="StoreConformanceException"/> when the store breaks the promise.</returns>
    /// <exception cref="ArgumentException">No check has that name.</exception>
    public Task RunAsync(string check, CancellationToken cancellationToken = default) =>
        checks.TryGetValue(check ?? throw new ArgumentNullException(nameof(check)), out var run)
            ? run(cancellationToken)
            : throw new ArgumentException($"No conformance check is named '{check}'.", nameof(check));

    /// <summary>Runs every check, one after another.</summary>
    /// <param name="cancellationToken">Cancels the checks.</param>
    /// <returns>A task that fails at the first broken promise.</returns>
    public async Task RunAllAsync(CancellationToken cancellationToken = default)
    {
        foreach (var run in checks.Values)
        {
            await run(cancellationToken).ConfigureAwait(false);
        }
    }

    private static StreamId NewStream() => StreamId.For("contract-register", ContractRegisterId.From(Guid.NewGuid()));

    private static ContractRegistered Sample(long serial) =>
        new ContractRegistered(ContractReviewId.From(Guid.NewGuid()), AccountId.From(Guid.NewGuid()), $"Contract {serial}", serial, new LocalDate(2026, 3, 2));

    private static List<EventEnvelope<ContractRegisterEvent>> Envelopes(StreamId stream, long after, int count, CommandId? command = null)
    {
        var id = command ?? CommandId.From(Guid.NewGuid());
        return Enumerable.Range(1, count)
            .Select(i => new EventEnvelope<ContractRegisterEvent>(stream, after + i, id, Actor, Now + Duration.FromSeconds(i), Sample(after + i)))
            .ToList();
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new StoreConformanceException(message);
        }
    }

    private static async Task<long> AppendedAsync(IEventStore<ContractRegisterEvent> store, StreamId stream, long expected, List<EventEnvelope<ContractRegisterEvent>> events, CancellationToken ct)
    {
        var result = await store.AppendAsync(stream, expected, events, ct).ConfigureAwait(false);
        Require(result.Succeeded, $"Appending {events.Count} event(s) to {stream} at version {expected} conflicted: {(result.IsT1 ? result.AsT1 : null)}.");
        Require(result.AsT0 == expected + events.Count, $"Appending {events.Count} event(s) at version {expected} returned version {result.AsT0}, not {expected + events.Count}.");
        return result.AsT0;
    }

    private static async Task ConflictsAsync(IEventStore<ContractRegisterEvent> store, StreamId stream, long expected, long actual, List<EventEnvelope<ContractRegisterEvent>> events, CancellationToken ct)
    {
        var result = await store.AppendAsync(stream, expected, events, ct).ConfigureAwait(false);
        Require(!result.Succeeded, $"Appending to {stream} at version {expected} succeeded although the stream is at {actual}.");
        var conflict = result.AsT1;
        Require(
            conflict.Stream == stream && conflict.ExpectedVersion == expected && conflict.ActualVersion == actual,
            $"The conflict reads {conflict}, not stream {stream}, expected {expected}, actual {actual}.");
    }

    private static async Task SameAsync(IEventStore<ContractRegisterEvent> store, StreamId stream, List<EventEnvelope<ContractRegisterEvent>> expected, CancellationToken ct)
    {
        var read = await store.ReadAsync(stream, ct).ConfigureAwait(false);
        Require(read.Count == expected.Count, $"{stream} holds {read.Count} event(s), not {expected.Count}.");
        for (var i = 0; i < read.Count; i++)
        {
            Require(read[i] == expected[i], $"{stream} at index {i} reads {read[i]}, not {expected[i]}.");
        }
    }

    private Task UnknownStreamIsEmpty(CancellationToken ct) => SameAsync(open(), NewStream(), [], ct);

    private async Task AppendAndReadBack(CancellationToken ct)
    {
        var store = open();
        var stream = NewStream();
        var events = Envelopes(stream, 0, 3);
        await AppendedAsync(store, stream, 0, events, ct).ConfigureAwait(false);
        await SameAsync(store, stream, events, ct).ConfigureAwait(false);
    }

    private async Task AppendsNumberOn(CancellationToken ct)
    {
        var store = open();
        var stream = NewStream();
        var all = new List<EventEnvelope<ContractRegisterEvent>>();
        foreach (var count in new[] { 1, 2, 3 })
        {
            var batch = Envelopes(stream, all.Count, count);
            await AppendedAsync(store, stream, all.Count, batch, ct).ConfigureAwait(false);
            all.AddRange(batch);
        }

        await SameAsync(store, stream, all, ct).ConfigureAwait(false);
        var none = await store.AppendAsync(stream, all.Count, [], ct).ConfigureAwait(false);
        Require(none.Succeeded && none.AsT0 == all.Count, $"An empty append at the current version returned {(none.Succeeded ? none.AsT0 : none.AsT1)}, not version {all.Count}.");
    }

    private async Task WrongVersionConflicts(CancellationToken ct)
    {
        var store = open();
        var stream = NewStream();
        var first = Envelopes(stream, 0, 2);
        await AppendedAsync(store, stream, 0, first, ct).ConfigureAwait(false);
        foreach (var expected in new long[] { 0, 1, 3 })
        {
            await ConflictsAsync(store, stream, expected, 2, Envelopes(stream, expected, 2), ct).ConfigureAwait(false);
        }

        await ConflictsAsync(store, stream, 1, 2, [], ct).ConfigureAwait(false);
        await SameAsync(store, stream, first, ct).ConfigureAwait(false);
    }

    private async Task MissingStreamConflicts(CancellationToken ct)
    {
        var store = open();
        var stream = NewStream();
        await ConflictsAsync(store, stream, 2, 0, Envelopes(stream, 2, 1), ct).ConfigureAwait(false);
        await SameAsync(store, stream, [], ct).ConfigureAwait(false);
    }

    private async Task AppendIsAtomic(CancellationToken ct)
    {
        var store = open();
        var stream = NewStream();
        var first = Envelopes(stream, 0, 1);
        await AppendedAsync(store, stream, 0, first, ct).ConfigureAwait(false);

        // Misnumbered envelopes are refused before anything is written.
        var misnumbered = Envelopes(stream, 1, 3);
        misnumbered[2] = misnumbered[2] with { Version = 7 };
        var refused = false;
        try
        {
            await store.AppendAsync(stream, 1, misnumbered, ct).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            refused = true;
        }

        Require(refused, "Envelopes numbered 2, 3, 7 were not refused with an ArgumentException.");
        var foreign = Envelopes(NewStream(), 1, 2);
        refused = false;
        try
        {
            await store.AppendAsync(stream, 1, foreign, ct).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            refused = true;
        }

        Require(refused, "Envelopes of another stream were not refused with an ArgumentException.");
        await ConflictsAsync(store, stream, 0, 1, Envelopes(stream, 0, 5), ct).ConfigureAwait(false);
        await SameAsync(store, stream, first, ct).ConfigureAwait(false);
    }

    private async Task MetadataSurvivesReopen(CancellationToken ct)
    {
        var stream = NewStream();
        var command = CommandId.From(Guid.NewGuid());
        var events = Envelopes(stream, 0, 2, command);
        await AppendedAsync(open(), stream, 0, events, ct).ConfigureAwait(false);
        var read = await open().ReadAsync(stream, ct).ConfigureAwait(false);
        Require(read.Count == 2 && read.All(e => e.CommandId == command), $"After a reopen, {stream} does not carry command {command} on both events: {string.Join(", ", read.Select(e => e.CommandId))}.");
        await SameAsync(open(), stream, events, ct).ConfigureAwait(false);
    }

    private async Task ConcurrentAppendsOneWins(CancellationToken ct)
    {
        var store = open();
        var stream = NewStream();
        await AppendedAsync(store, stream, 0, Envelopes(stream, 0, 1), ct).ConfigureAwait(false);
        const int Writers = 8;
        var batches = Enumerable.Range(0, Writers).Select(_ => Envelopes(stream, 1, 2)).ToArray();
        using var start = new SemaphoreSlim(0, Writers);
        var tasks = batches.Select(async batch =>
        {
            await start.WaitAsync(ct).ConfigureAwait(false);
            return await open().AppendAsync(stream, 1, batch, ct).ConfigureAwait(false);
        }).ToArray();
        start.Release(Writers);
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        var winners = results.Select((r, i) => (r, i)).Where(x => x.r.Succeeded).ToArray();
        Require(winners.Length == 1, $"{winners.Length} of {Writers} concurrent appends at version 1 succeeded, not exactly one.");
        Require(results.Where(r => !r.Succeeded).All(r => r.AsT1.ExpectedVersion == 1 && r.AsT1.ActualVersion == 3), "A losing append did not report expected 1, actual 3.");
        var read = await store.ReadAsync(stream, ct).ConfigureAwait(false);
        Require(read.Count == 3 && read.Skip(1).SequenceEqual(batches[winners[0].i]), "The stream does not hold exactly the winner's events after the first.");
    }

    private async Task ConcurrentAppendsToManyStreams(CancellationToken ct)
    {
        var head = await HeadAsync(open(), ct).ConfigureAwait(false);
        var streams = Enumerable.Range(0, 16).Select(_ => NewStream()).ToArray();
        var written = new Dictionary<StreamId, List<EventEnvelope<ContractRegisterEvent>>>();
        foreach (var s in streams)
        {
            written[s] = [];
        }

        await Task.WhenAll(streams.Select(async s =>
        {
            var store = open();
            for (var round = 0; round < 3; round++)
            {
                var batch = Envelopes(s, written[s].Count, 2);
                await AppendedAsync(store, s, written[s].Count, batch, ct).ConfigureAwait(false);
                written[s].AddRange(batch);
            }
        })).ConfigureAwait(false);

        foreach (var s in streams)
        {
            await SameAsync(open(), s, written[s], ct).ConfigureAwait(false);
        }

        var mine = await ReadAllOfAsync(open(), head, streams.ToHashSet(), streams.Length * 6, ct).ConfigureAwait(false);
        Require(mine.Count == streams.Length * 6, $"A global read shows {mine.Count} of the {streams.Length * 6} events appended concurrently.");
        Require(mine.Select(e => e.Envelope).Distinct().Count() == mine.Count, "A global read shows an event twice.");
        foreach (var s in streams)
        {
            Require(mine.Where(e => e.Envelope.Stream == s).Select(e => e.Envelope).SequenceEqual(written[s]), $"A global read shows {s} out of version order.");
        }
    }

    private async Task ReadAllFromPosition(CancellationToken ct)
    {
        var store = open();
        var head = await HeadAsync(store, ct).ConfigureAwait(false);
        var a = NewStream();
        var b = NewStream();
        var order = new List<EventEnvelope<ContractRegisterEvent>>();
        var a1 = Envelopes(a, 0, 2);
        await AppendedAsync(store, a, 0, a1, ct).ConfigureAwait(false);
        order.AddRange(a1);
        var b1 = Envelopes(b, 0, 1);
        await AppendedAsync(store, b, 0, b1, ct).ConfigureAwait(false);
        order.AddRange(b1);
        var a2 = Envelopes(a, 2, 2);
        await AppendedAsync(store, a, 2, a2, ct).ConfigureAwait(false);
        order.AddRange(a2);

        var mine = new HashSet<StreamId> { a, b };
        var all = await ReadAllOfAsync(store, head, mine, order.Count, ct).ConfigureAwait(false);
        Require(all.Select(e => e.Envelope).SequenceEqual(order), $"A global read shows [{string.Join(", ", all.Select(e => $"{e.Envelope.Stream}#{e.Envelope.Version}"))}], not the events in the order they were appended.");
        Require(all.Zip(all.Skip(1), (x, y) => x.Position < y.Position).All(up => up), "Positions do not increase.");
        Require(all[0].Position > head, $"The first new event has position {all[0].Position}, not one after {head}.");

        // Reading on from the position of the third event returns the rest; reading one at a time returns the same.
        var rest = await ReadAllOfAsync(store, all[2].Position, mine, order.Count - 3, ct).ConfigureAwait(false);
        Require(rest.SequenceEqual(all.Skip(3)), "Reading on from a position does not return exactly the events after it.");
        var paged = new List<StoredEvent<ContractRegisterEvent>>();
        var position = head;
        while (paged.Count < order.Count)
        {
            var page = await store.ReadAllAsync(position, 1, ct).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            Require(page.Count == 1, $"A read of at most 1 event returned {page.Count}.");
            position = page[0].Position;
            if (mine.Contains(page[0].Envelope.Stream))
            {
                paged.Add(page[0]);
            }
        }

        Require(paged.SequenceEqual(all), "Reading one event at a time does not return the same events as reading them at once.");
    }

    private async Task ReadAllValidatesArguments(CancellationToken ct)
    {
        var store = open();
        foreach (var (after, count) in new (long, int)[] { (-1, 10), (0, 0), (0, -3) })
        {
            var refused = false;
            try
            {
                await store.ReadAllAsync(after, count, ct).ConfigureAwait(false);
            }
            catch (ArgumentException)
            {
                refused = true;
            }

            Require(refused, $"ReadAllAsync({after}, {count}) was not refused with an ArgumentException.");
        }
    }

    private static async Task<long> HeadAsync(IEventStore<ContractRegisterEvent> store, CancellationToken ct)
    {
        long position = 0;
        while (true)
        {
            var page = await store.ReadAllAsync(position, 4096, ct).ConfigureAwait(false);
            if (page.Count == 0)
            {
                return position;
            }

            position = page[^1].Position;
        }
    }

    private async Task<List<StoredEvent<ContractRegisterEvent>>> ReadAllOfAsync(
        IEventStore<ContractRegisterEvent> store, long after, HashSet<StreamId> streams, int expected, CancellationToken ct)
    {
        var found = new List<StoredEvent<ContractRegisterEvent>>();
        var position = after;
        var deadline = DateTime.UtcNow + visibleWithin;
        while (found.Count < expected)
        {
            var page = await store.ReadAllAsync(position, 256, ct).ConfigureAwait(false);
            if (page.Count == 0)
            {
                if (DateTime.UtcNow > deadline)
                {
                    break;
                }

                await Task.Delay(50, ct).ConfigureAwait(false);
                continue;
            }

            foreach (var e in page)
            {
                Require(e.Position > position, $"A global read after {position} returned position {e.Position}.");
                position = e.Position;
                if (streams.Contains(e.Envelope.Stream))
                {
                    found.Add(e);
                }
            }
        }

        return found;
    }
}
