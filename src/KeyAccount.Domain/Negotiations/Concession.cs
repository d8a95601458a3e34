using System.Collections.Immutable;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Negotiations;

/// <summary>A concession logged against an objective (NEG-05).</summary>
/// <param name="Amount">How much was given.</param>
/// <param name="Position">Our position after it.</param>
/// <param name="Note">What was conceded.</param>
public sealed record Concession(Measure Amount, Measure Position, string Note);
