using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Marten;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Subscriptions;
using Marten;

namespace KeyAccount.SalesOffice.Tests.ScaleOut;

/// <summary>
/// What must hold in the database after a run, read back through the package's Marten store: every command ID in
/// one append (GEN-03), every committed command's events there, no unit held by two live subscriptions and every
/// holder live (SUB-01), the register's serials 1..n (CR-01), and every process step applied exactly once (GEN-12):
/// each draft either held its unit or was refused it, each cancellation released its unit, each payment posted with
/// its two copies. A step not applied yet is pending (the processes may still be working), not a violation.
/// </summary>
internal sealed record ScaleInvariants(IReadOnlyList<string> Violations, IReadOnlyList<string> Pending)
{
    private static readonly SubscriptionStatus[] Ended = [SubscriptionStatus.Voided, SubscriptionStatus.Cancelled, SubscriptionStatus.Refunded, SubscriptionStatus.Returned];

    /// <summary>Reads every stream of the schema and checks it against what the clients saw.</summary>
    public static async Task<ScaleInvariants> CheckAsync(string connectionString, string schema, Ledger ledger, Guid register)
    {
        using var store = DocumentStore.For(o => KeyAccountMarten.Configure(o, connectionString, schema));
        var units = await AllAsync(new MartenEventStore<UnitEvent>(store));
        var subscriptions = await AllAsync(new MartenEventStore<SubscriptionEvent>(store));
        var days = await AllAsync(new MartenEventStore<SalesDayEvent>(store));
        var registers = await AllAsync(new MartenEventStore<ContractRegisterEvent>(store));
        var violations = new List<string>();
        var pending = new List<string>();

        // GEN-03: a command ID is one append: one stream, consecutive versions.
        var appends = units.Select(e => Key(e)).Concat(subscriptions.Select(e => Key(e))).Concat(days.Select(e => Key(e))).Concat(registers.Select(e => Key(e)))
            .GroupBy(e => e.Command)
            .ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (command, events) in appends)
        {
            var streams = events.Select(e => e.Stream).Distinct().ToList();
            var versions = events.Select(e => e.Version).Order().ToList();
            if (streams.Count > 1 || versions[^1] - versions[0] + 1 != versions.Count)
            {
                violations.Add($"GEN-03: command {command} appended more than once: {string.Join(", ", events.Select(e => $"{e.Stream}@{e.Version}"))}");
            }
        }

        // Every committed command's events are there, in the stream the host answered with, ending at its version.
        foreach (var commit in ledger.Commits)
        {
            if (!appends.TryGetValue(new CommandId(commit.Key), out var events))
            {
                pending.Add($"{commit.Kind} {commit.Key}: committed at {commit.Stream}@{commit.Version}, no event read yet");
            }
            else if (events[0].Stream.Value != commit.Stream || (!commit.AlreadyProcessed && events.Max(e => e.Version) != commit.Version))
            {
                violations.Add($"{commit.Kind} {commit.Key}: answered {commit.Stream}@{commit.Version}, stored {events[0].Stream}@{events.Max(e => e.Version)}");
            }

            if (commit.DeliberateRetry && !commit.AlreadyProcessed)
            {
                violations.Add($"GEN-03: {commit.Kind} {commit.Key} sent again was handled again instead of recognised");
            }
        }

        // SUB-01 and the unit process: a draft holds its unit or is refused it, once; a cancellation releases it, once.
        var unitEvents = units.ToLookup(e => e.Envelope.Stream);
        var held = units.Select(e => e.Envelope.Event).OfType<UnitHeld>().GroupBy(e => e.Subscription).ToDictionary(g => g.Key, g => g.Count());
        var released = units.Select(e => e.Envelope.Event).OfType<UnitReleased>().GroupBy(e => e.Subscription).ToDictionary(g => g.Key, g => g.Count());
        var states = subscriptions.GroupBy(e => e.Envelope.Stream)
            .Select(g => (Events: g.Select(e => e.Envelope.Event).ToList(), State: SubscriptionAggregate.Definition.Decider.Replay(g.Select(e => e.Envelope.Event))))
            .ToList();
        foreach (var (events, state) in states)
        {
            var holds = held.GetValueOrDefault(state.Id);
            var refusals = events.OfType<UnitRefused>().Count() + events.OfType<UnitRefusedLate>().Count();
            if (holds + refusals == 0)
            {
                pending.Add($"SUB-08: draft {state.Id} neither held nor refused yet ({state.Status}: {string.Join(", ", events.Select(e => e.GetType().Name))})");
            }
            else if (holds + refusals > 1)
            {
                violations.Add($"GEN-12: draft {state.Id} applied {holds} holds and {refusals} refusals");
            }

            var cancellations = events.OfType<SubscriptionCancelled>().Count();
            var releases = released.GetValueOrDefault(state.Id);
            if (releases < cancellations && holds > 0)
            {
                pending.Add($"SUB-01: cancelled {state.Id} not released yet");
            }
            else if (releases > cancellations)
            {
                violations.Add($"GEN-12: {state.Id} released {releases} times for {cancellations} cancellations");
            }
        }

        // Live: not ended, and its draft's hold applied (a draft whose hold is not applied yet is pending above).
        var live = states.Where(s => !Ended.Contains(s.State.Status) && held.ContainsKey(s.State.Id)).Select(s => s.State).ToList();
        foreach (var unit in live.GroupBy(s => s.Unit).Where(g => g.Count() > 1))
        {
            violations.Add($"SUB-01: unit {unit.Key} has {unit.Count()} live subscriptions: {string.Join(", ", unit.Select(s => $"{s.Id} {s.Status}"))}");
        }

        var byId = states.ToDictionary(s => s.State.Id, s => s.State);
        foreach (var stream in unitEvents)
        {
            var unit = UnitAggregate.Definition.Decider.Replay(stream.Select(e => e.Envelope.Event));
            if (unit.HeldBy is { } holder && (!byId.TryGetValue(holder, out var s) || Ended.Contains(s.Status) || s.Unit != unit.Unit))
            {
                if (s is { Status: SubscriptionStatus.Cancelled } && released.GetValueOrDefault(holder) == 0)
                {
                    continue; // the release is pending above
                }

                violations.Add($"SUB-01: unit {unit.Unit} is held by {holder}, which is {(s is null ? "unknown" : s.Status.ToString())}");
            }
        }

        // The payments process: each payment posted once, with the clerk's and the cashier's copy.
        var posted = days.Select(e => e.Envelope.Event).OfType<PaymentPosted>().GroupBy(p => p.Notice).ToDictionary(g => g.Key, g => g.Count());
        var copies = days.Select(e => e.Envelope.Event).OfType<NoticeCopyPosted>().GroupBy(c => (c.Notice, c.Copy)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var payment in subscriptions.Select(e => e.Envelope.Event).OfType<PaymentReceived>())
        {
            var n = payment.Notice.Number;
            var counts = new[] { posted.GetValueOrDefault(n), copies.GetValueOrDefault((n, NoticeCopy.Clerk)), copies.GetValueOrDefault((n, NoticeCopy.Cashier)) };
            if (counts.Any(c => c > 1))
            {
                violations.Add($"GEN-12: payment {n} posted {counts[0]} times, copies {counts[1]} and {counts[2]}");
            }
            else if (counts.Any(c => c == 0))
            {
                pending.Add($"SUB-05: payment {n} not fully posted yet");
            }
        }

        // CR-01: serials 1..n in the register's order, one per registration.
        var registered = registers.Where(e => e.Envelope.Stream == ContractRegisterAggregate.StreamOf(ContractRegisterId.From(register)))
            .OrderBy(e => e.Envelope.Version).Select(e => (ContractRegistered)e.Envelope.Event).ToList();
        if (!registered.Select(r => r.SerialNumber).SequenceEqual(Enumerable.Range(1, registered.Count).Select(i => (long)i)))
        {
            violations.Add($"CR-01: serials {string.Join(",", registered.Select(r => r.SerialNumber))}");
        }

        var reviews = registered.Select(r => r.Review.Value).ToHashSet();
        // An accepted registration whose events are not read yet is pending above.
        if (reviews.Count != registered.Count || ledger.Registrations.Any(r => appends.ContainsKey(new CommandId(r.Key)) && !reviews.Contains(r.Value)))
        {
            violations.Add($"CR-01: {registered.Count} registered, {reviews.Count} reviews, {ledger.Registrations.Count} accepted by the hosts, {ledger.Registrations.Count(r => appends.ContainsKey(new CommandId(r.Key)))} of them read");
        }

        return new ScaleInvariants(violations, pending);
    }

    private static (CommandId Command, StreamId Stream, long Version) Key<TEvent>(StoredEvent<TEvent> e) =>
        (e.Envelope.CommandId, e.Envelope.Stream, e.Envelope.Version);

    private static async Task<List<StoredEvent<TEvent>>> AllAsync<TEvent>(IEventStore<TEvent> store)
        where TEvent : class
    {
        var all = new List<StoredEvent<TEvent>>();
        while (true)
        {
            var page = await store.ReadAllAsync(all.Count == 0 ? 0 : all[^1].Position, 2048);
            if (page.Count == 0)
            {
                return all;
            }

            all.AddRange(page);
        }
    }
}
