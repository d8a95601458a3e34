namespace KeyAccount.Domain.Negotiations;

/// <summary>Which way an objective's metric is better for us (NEG-02).</summary>
/// <remarks>A price change of −5 % beats −2 % (<see cref="Lower"/>); a contract term of +12 months beats +6 months
/// (<see cref="Higher"/>). The bottom line lies on the worse side of the target.</remarks>
public enum Preference
{
    /// <summary>A higher value is better for us; the bottom line is at or below the target.</summary>
    Higher,

    /// <summary>A lower value is better for us; the bottom line is at or above the target.</summary>
    Lower,
}
