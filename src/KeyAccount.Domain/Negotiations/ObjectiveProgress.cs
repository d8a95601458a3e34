using System.Collections.Immutable;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Negotiations;

/// <summary>
/// Where an objective stands: our current position (the target less every concession), the bottom line in force
/// (the original, or the last approved revision), the concession and revision logs, and the achieved value.
/// </summary>
/// <param name="Objective">The objective as set in preparation.</param>
/// <param name="Position">Our current position; never worse than <paramref name="BottomLine"/> (NEG-05).</param>
/// <param name="BottomLine">The bottom line in force.</param>
/// <param name="Concessions">The concessions, oldest first.</param>
/// <param name="Revisions">The approved bottom-line revisions, oldest first.</param>
/// <param name="Achieved">The value achieved, once recorded (NEG-11).</param>
public sealed record ObjectiveProgress(
    Objective Objective,
    Measure Position,
    Measure BottomLine,
    ImmutableList<Concession> Concessions,
    ImmutableList<BottomLineRevision> Revisions,
    Measure? Achieved)
{
    /// <inheritdoc />
    public bool Equals(ObjectiveProgress? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the zone of possible agreement against the counterpart's estimate, with the bottom line in force (NEG-02).</summary>
    public AgreementZone Zone => Objective.ZoneOfPossibleAgreement(BottomLine);

    /// <summary>Gets the evaluation of the achieved value (NEG-11), or null while none is recorded.</summary>
    public ObjectiveOutcome? Outcome => Achieved is null
        ? null
        : new ObjectiveOutcome(Objective.Id, Objective.Metric, Objective.Target, BottomLine, Achieved, OutcomeEvaluation.Score(Objective, BottomLine, Achieved), !Revisions.IsEmpty);

    internal static ObjectiveProgress Start(Objective objective) =>
        new(objective, objective.Target, objective.BottomLine, [], [], null);
}
