using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using Marten;

namespace KeyAccount.Domain.Marten.Projections;

/// <summary>Writes a <see cref="ContractRegisterView"/> per contract register from the register's state (CR-01).</summary>
internal sealed class ContractRegisterProjection()
    : StreamReplayProjection<ContractRegisterEvent, ContractRegisterState>(ContractRegisterAggregate.Definition.Decider.Replay)
{
    /// <inheritdoc />
    protected override Task WriteAsync(IDocumentOperations operations, IReadOnlyList<(StreamId Stream, long Version, ContractRegisterState State)> streams, CancellationToken cancellation)
    {
        foreach (var (stream, version, register) in streams)
        {
            operations.Store(new ContractRegisterView
            {
                Id = stream.Value,
                Version = version,
                Status = register.Status,
                LastSerialNumber = register.LastSerialNumber,
                Contracts = register.SerialNumbers.OrderBy(s => s.Value).Select(s => new RegisteredContract { SerialNumber = s.Value, Review = s.Key }).ToList(),
            });
        }

        return Task.CompletedTask;
    }
}
