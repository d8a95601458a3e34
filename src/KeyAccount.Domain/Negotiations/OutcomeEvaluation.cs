using System;

namespace KeyAccount.Domain.Negotiations;

/// <summary>Scores achieved values against target and bottom line (NEG-11, inferred).</summary>
internal static class OutcomeEvaluation
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
