using System;

namespace KeyAccount.Domain.Primitives;

/// <summary>
/// How amounts are rounded (GEN-04): a number of decimal places and a midpoint rule, named so that every
/// rounding in a host's process says which policy it follows.
/// </summary>
/// <remarks>The default, <see cref="HalfAwayFromZeroToCent"/>, is 四舍五入 to 0.01.</remarks>
public sealed record RoundingPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="name">A name for reports and logs, e.g. <c>"half-away-from-zero/0.01"</c>.</param>
    /// <param name="decimals">Decimal places kept, 0 to 28.</param>
    /// <param name="mode">The midpoint rule.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public RoundingPolicy(string name, int decimals, MidpointRounding mode)
    {
        Name = Preconditions.CheckNotBlank(name);
        Preconditions.CheckArgumentRange(decimals is >= 0 and <= 28, nameof(decimals), decimals, "Decimal places must be between 0 and 28.");
        Preconditions.CheckArgument(Enum.IsDefined(mode), nameof(mode), "Unknown midpoint rounding mode.");
        Decimals = decimals;
        Mode = mode;
    }

    /// <summary>Half away from zero to 0.01 (四舍五入到分): the default of GEN-04.</summary>
    public static RoundingPolicy HalfAwayFromZeroToCent { get; } = new("half-away-from-zero/0.01", 2, MidpointRounding.AwayFromZero);

    /// <summary>Half to even (banker's rounding) to 0.01.</summary>
    public static RoundingPolicy HalfToEvenToCent { get; } = new("half-to-even/0.01", 2, MidpointRounding.ToEven);

    /// <summary>Half away from zero to whole yuan.</summary>
    public static RoundingPolicy HalfAwayFromZeroToUnit { get; } = new("half-away-from-zero/1", 0, MidpointRounding.AwayFromZero);

    /// <summary>Gets the policy's name.</summary>
    public string Name { get; }

    /// <summary>Gets the number of decimal places kept.</summary>
    public int Decimals { get; }

    /// <summary>Gets the midpoint rule.</summary>
    public MidpointRounding Mode { get; }

    /// <summary>Rounds an amount by this policy.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The rounded amount.</returns>
    public decimal Round(decimal amount) => Math.Round(amount, Decimals, Mode);

    /// <inheritdoc />
    public override string ToString() => Name;
}
