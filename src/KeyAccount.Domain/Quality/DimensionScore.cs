namespace KeyAccount.Domain.Quality;

/// <summary>The score a customer gave one dimension, from <see cref="MinScore"/> (very dissatisfied) to <see cref="MaxScore"/> (very satisfied).</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Score">The score.</param>
public sealed record DimensionScore(SatisfactionDimension Dimension, int Score)
{
    /// <summary>The lowest score: very dissatisfied (很不满意).</summary>
    public const int MinScore = 1;

    /// <summary>The highest score: very satisfied (很满意).</summary>
    public const int MaxScore = 5;
}
