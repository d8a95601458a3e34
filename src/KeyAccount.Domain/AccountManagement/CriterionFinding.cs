namespace KeyAccount.Domain.AccountManagement;

/// <summary>Whether a prospect meets one strategic criterion, as the screening found (KAM-01).</summary>
/// <param name="Criterion">The criterion's name, as the host's <see cref="StrategicCriteriaPolicy"/> names it.</param>
/// <param name="Met">Whether the prospect meets it.</param>
/// <param name="Note">What the finding rests on (market research, the prospect's own figures…); may be empty.</param>
public sealed record CriterionFinding(string Criterion, bool Met, string Note);
