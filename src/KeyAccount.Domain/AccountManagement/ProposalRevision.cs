using System.Collections.Immutable;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>A submitted revision of a proposal (KAM-03): immutable once submitted; a change is a new revision.</summary>
/// <param name="Revision">The revision number, from 1.</param>
/// <param name="Summary">The solution as submitted.</param>
/// <param name="Responses">The answer to every recorded need, as submitted.</param>
/// <param name="ApprovedBy">Who approved it internally.</param>
/// <param name="SubmittedOn">The business day of submission.</param>
public sealed record ProposalRevision(int Revision, string Summary, ImmutableArray<NeedResponse> Responses, ActorId ApprovedBy, LocalDate SubmittedOn)
{
    /// <inheritdoc />
    public bool Equals(ProposalRevision? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
