using System.Collections.Immutable;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Negotiations;

/// <summary>A possible solution of the information exchange (提供解决方案) and its discussion, NEG-13.</summary>
/// <param name="Id">The solution.</param>
/// <param name="Description">What is proposed.</param>
/// <param name="Needs">The recorded needs it answers.</param>
/// <param name="Assessment">The outcome of its discussion and evaluation (讨论和评估); null until discussed.</param>
public sealed record SolutionProgress(SolutionId Id, string Description, ImmutableArray<NeedId> Needs, string? Assessment)
{
    /// <inheritdoc />
    public bool Equals(SolutionProgress? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
