using System.Collections.Immutable;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Negotiations;

/// <summary>
/// The minutes of a negotiation (谈判纪要), NEG-08: the consensus reached, the items not agreed and the follow-up plan.
/// </summary>
/// <param name="Consensus">The points agreed (达成的共识).</param>
/// <param name="NotAgreed">The items not agreed, each with its follow-up action.</param>
/// <param name="FollowUps">The follow-up actions, each with an owner and a due date.</param>
public sealed record Minutes(ImmutableArray<string> Consensus, ImmutableArray<UnresolvedItem> NotAgreed, ImmutableArray<FollowUpAction> FollowUps)
{
    /// <inheritdoc />
    public bool Equals(Minutes? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
