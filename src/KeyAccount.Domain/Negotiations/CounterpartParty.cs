using System.Collections.Immutable;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Negotiations;

/// <summary>
/// A party on the other side of the table (谈判的参与方) as analysed during preparation (分析对方立场和要求), NEG-03.
/// </summary>
/// <param name="Name">The party, e.g. the customer's purchasing department.</param>
/// <param name="Position">Its stated position (立场).</param>
/// <param name="Requirements">What it asks for (要求).</param>
/// <param name="Delegates">The names of its delegates at the table, each to be introduced at the opening (NEG-04).</param>
public sealed record CounterpartParty(string Name, string Position, ImmutableArray<string> Requirements, ImmutableArray<string> Delegates)
{
    /// <inheritdoc />
    public bool Equals(CounterpartParty? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
