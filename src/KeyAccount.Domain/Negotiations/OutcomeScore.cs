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
