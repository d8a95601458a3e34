using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// 拜访 — a customer visit, an entity of the account (see <c>docs/visits.md</c> for why it is not an aggregate of its own).
/// </summary>
/// <param name="Id">The visit's identifier.</param>
/// <param name="On">The planned day.</param>
/// <param name="Meeting">The contacts to be met.</param>
/// <param name="Purpose">The purpose of the visit.</param>
/// <param name="Gift">The gift taken, if any (VIS-02, VIS-03).</param>
/// <param name="Status">Where the visit stands.</param>
/// <param name="PackedKit">The kit items packed so far (VIS-01).</param>
public sealed record Visit(
    VisitId Id,
    LocalDate On,
    ImmutableArray<ContactId> Meeting,
    string Purpose,
    Gift? Gift,
    VisitStatus Status,
    ImmutableArray<VisitKitItem> PackedKit)
{
    /// <inheritdoc />
    public bool Equals(Visit? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the kit items not packed yet, in enumeration order.</summary>
    public IReadOnlyList<VisitKitItem> MissingKit =>
        System.Enum.GetValues<VisitKitItem>().Where(i => !PackedKit.Contains(i)).ToList();
}
