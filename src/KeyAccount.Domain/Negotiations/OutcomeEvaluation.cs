using System;

namespace KeyAccount.Domain.Negotiations;

/// <summary>How an achieved value compares with target and bottom line (NEG-11). Ordered: a later member is better.</summary>
public enum OutcomeScore
{
    /// <summary>Worse than the bottom line.</summary>
    BelowBottomLine,

    /// <summary>Between the bottom line (inclusive) and the target (exclusive).</summary>
    WithinRange,

    /// <summary>At or better than the target.</summary>
    MetTarget,
}

/// <summary>The evaluation of one objective (NEG-11).</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Metric">Its metric.</param>
/// <param name="Target">Its target.</param>
/// <param name="BottomLine">The bottom line scored against (the one in force at the end).</param>
/// <param name="Achieved">The achieved value.</param>
/// <param name="Score">The score.</param>
/// <param name="BottomLineRevised">Whether the bottom line was revised during the negotiation.</param>
public sealed record ObjectiveOutcome(ObjectiveId Objective, string Metric, Measure Target, Measure BottomLine, Measure Achieved, OutcomeScore Score, bool BottomLineRevised);

/// <summary>Scores achieved values against target and bottom line (NEG-11, inferred).</summary>
public static class OutcomeEvaluation
{
    /// <summary>Scores an achieved value. Monotone: a value better for us never scores worse.</summary>
    /// <param name="objective">The objective (its target and preference).</param>
    /// <param name="bottomLine">The bottom line to score against.</param>
    /// <param name="achieved">The achieved value, in the objective's unit.</param>
    /// <returns>The score.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">The units differ.</exception>
    public static OutcomeScore Score(Objective objective, Measure bottomLine, Measure achieved)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(bottomLine);
        ArgumentNullException.ThrowIfNull(achieved);
        if (!objective.IsBetter(objective.Target, achieved))
        {
            return OutcomeScore.MetTarget;
        }

        return objective.IsBetter(bottomLine, achieved) ? OutcomeScore.BelowBottomLine : OutcomeScore.WithinRange;
    }
}
