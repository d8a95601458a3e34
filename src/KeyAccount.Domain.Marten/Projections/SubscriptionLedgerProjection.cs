using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using Marten;

namespace KeyAccount.Domain.Marten.Projections;

/// <summary>
/// Writes a <see cref="SubscriptionLedger"/> per sales project: each subscription a page touches is replayed and its
/// entry replaced in its project's ledger. The daemon runs a projection's pages one at a time, so two pages never
/// update one ledger at once.
/// </summary>
internal sealed class SubscriptionLedgerProjection()
    : StreamReplayProjection<SubscriptionEvent, SubscriptionState>(SubscriptionAggregate.Definition.Decider.Replay)
{
    /// <inheritdoc />
    protected override async Task WriteAsync(IDocumentOperations operations, IReadOnlyList<(StreamId Stream, long Version, SubscriptionState State)> streams, CancellationToken cancellation)
    {
        foreach (var project in streams.Where(s => s.State.Status != SubscriptionStatus.None).GroupBy(s => s.State.Project))
        {
            var id = SalesProjectAggregate.StreamOf(project.Key).Value;
            var ledger = await operations.LoadAsync<SubscriptionLedger>(id, cancellation).ConfigureAwait(false)
                ?? new SubscriptionLedger { Id = id, Project = project.Key };
            var entries = ledger.Entries.ToDictionary(e => e.Stream, StringComparer.Ordinal);
            foreach (var (stream, version, subscription) in project)
            {
                entries[stream.Value] = new SubscriptionLedgerEntry
                {
                    Stream = stream.Value,
                    Version = version,
                    Subscription = subscription.Id,
                    Unit = subscription.Unit,
                    Status = subscription.Status,
                    Price = subscription.Price,
                    PaidIn = subscription.PaidIn,
                    Refunded = subscription.Refunded,
                    RefundDue = subscription.RefundDue,
                };
            }

            ledger.Entries = entries.Values.OrderBy(e => e.Stream, StringComparer.Ordinal).ToList();
            operations.Store(ledger);
        }
    }
}
