using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// What a completed visit brought back (VIS-04): the customer's needs, requirements, opinions and questions. Each
/// item goes into the customer file (客户档案).
/// </summary>
/// <param name="Needs">The needs (需求) the customer raised.</param>
/// <param name="Requirements">The requirements (要求).</param>
/// <param name="Opinions">The opinions (观点).</param>
/// <param name="Questions">The questions (问题).</param>
public sealed record VisitRecord(
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Requirements,
    IReadOnlyList<string> Opinions,
    IReadOnlyList<string> Questions)
{
    /// <inheritdoc />
    public bool Equals(VisitRecord? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets whether the record holds no item at all.</summary>
    public bool IsEmpty => Needs.Count + Requirements.Count + Opinions.Count + Questions.Count == 0;
}
