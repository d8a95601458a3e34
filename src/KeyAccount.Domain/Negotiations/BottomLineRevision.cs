using System.Collections.Immutable;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Negotiations;

/// <summary>An approved revision of a bottom line (NEG-05).</summary>
/// <param name="Previous">The bottom line before.</param>
/// <param name="Revised">The bottom line after.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="Reason">Why.</param>
public sealed record BottomLineRevision(Measure Previous, Measure Revised, ActorId ApprovedBy, string Reason);
