using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using Marten;

namespace KeyAccount.Domain.Marten.Projections;

/// <summary>Writes a <see cref="SalesDayReport"/> per sales day from the day's state.</summary>
internal sealed class SalesDayReportProjection()
    : StreamReplayProjection<SalesDayEvent, SalesDayState>(SalesDayAggregate.Definition.Decider.Replay)
{
    /// <inheritdoc />
    protected override Task WriteAsync(IDocumentOperations operations, IReadOnlyList<(StreamId Stream, long Version, SalesDayState State)> streams, CancellationToken cancellation)
    {
        foreach (var (stream, version, day) in streams)
        {
            operations.Store(new SalesDayReport
            {
                Id = stream.Value,
                Version = version,
                Site = day.Site,
                Date = day.Date,
                Status = day.Status,
                Payments = day.Payments.Count,
                PaymentsTotal = Money.Sum(day.Payments.Select(p => p.Amount), Currency.CNY),
                NoticeCopies = day.Copies.Count,
                Matched = day.MatchedCount,
                Discrepancies = day.Discrepancies.Length,
                Unexplained = day.Unexplained.Length,
            });
        }

        return Task.CompletedTask;
    }
}
