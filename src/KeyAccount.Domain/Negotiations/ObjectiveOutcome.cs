using System;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The evaluation of one objective (NEG-11).</summary>
/// <param name="Objective">The objective.</param>
/// <param name="Metric">Its metric.</param>
/// <param name="Target">Its target.</param>
/// <param name="BottomLine">The bottom line scored against (the one in force at the end).</param>
/// <param name="Achieved">The achieved value.</param>
/// <param name="Score">The score.</param>
/// <param name="BottomLineRevised">Whether the bottom line was revised during the negotiation.</param>
public sealed record ObjectiveOutcome(ObjectiveId Objective, string Metric, Measure Target, Measure BottomLine, Measure Achieved, OutcomeScore Score, bool BottomLineRevised);
