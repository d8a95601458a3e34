using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using Marten;

namespace KeyAccount.Domain.Marten.Projections;

/// <summary>Writes an <see cref="AccountSummaryView"/> per key account from the account's state, with personal data only when the host asked for it (ACC-09).</summary>
internal sealed class AccountSummaryProjection(bool includePersonalData)
    : StreamReplayProjection<AccountEvent, AccountState>(AccountAggregate.Definition.Decider.Replay)
{
    /// <inheritdoc />
    protected override Task WriteAsync(IDocumentOperations operations, IReadOnlyList<(StreamId Stream, long Version, AccountState State)> streams, CancellationToken cancellation)
    {
        foreach (var (stream, version, state) in streams)
        {
            operations.Store(new AccountSummaryView { Id = stream.Value, Version = version, Summary = state.Summarize(includePersonalData) });
        }

        return Task.CompletedTask;
    }
}
