using System.Collections.Immutable;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Negotiations;

/// <summary>What one party brought to the information exchange (信息交流), NEG-13: its background and its needs and
/// intentions.</summary>
/// <param name="Counterpart">The counterpart party's name (<see cref="CounterpartParty.Name"/>), or null for our side.</param>
/// <param name="Background">The background it shared (共享背景信息: size, products…); null until shared.</param>
/// <param name="Needs">The needs it stated (交流需求); empty until recorded.</param>
/// <param name="Intentions">Its intentions and expectations (意愿和期望); null until recorded.</param>
public sealed record PartyExchange(string? Counterpart, string? Background, ImmutableArray<Need> Needs, string? Intentions)
{
    /// <inheritdoc />
    public bool Equals(PartyExchange? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
