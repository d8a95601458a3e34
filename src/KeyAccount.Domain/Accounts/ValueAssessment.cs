using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// 价值评估 — the value assessment of the account (ACC-05): how likely the deal is, what stands in the way, what
/// development will cost and how it will be done.
/// </summary>
/// <param name="WinProbabilityPercent">The chance of winning (成交可能性), 0 to 100.</param>
/// <param name="Obstacles">The known obstacles (成交障碍), at least one.</param>
/// <param name="ExpectedCost">The expected development cost (预期费用), not negative.</param>
/// <param name="DevelopmentPlan">The development plan (开发程序).</param>
public sealed record ValueAssessment(int WinProbabilityPercent, IReadOnlyList<string> Obstacles, Money ExpectedCost, string DevelopmentPlan)
{
    /// <inheritdoc />
    public bool Equals(ValueAssessment? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
