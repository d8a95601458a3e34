namespace KeyAccount.Domain.Negotiations;

/// <summary>
/// A measurable objective of a negotiation (目标设定, NEG-02): on a topic of the theme, a metric, our target and our
/// bottom line (谈判底线, walk-away), and, where we have one, our estimate of the counterpart's bottom line.
/// </summary>
/// <remarks>E.g. topic <see cref="NegotiationTopic.Price"/>, metric "unit price change", target −5 %, bottom line −2 %,
/// preference <see cref="Preference.Lower"/>. The decider checks that the three measures share one unit and that the
/// bottom line is not better than the target.</remarks>
/// <param name="Id">The objective's identifier within the plan.</param>
/// <param name="Topic">The topic of the theme it belongs to.</param>
/// <param name="Metric">What is measured, e.g. "unit price change against last year".</param>
/// <param name="Preference">Which way the metric is better for us.</param>
/// <param name="Target">The value we aim for.</param>
/// <param name="BottomLine">The worst value we accept (walk-away).</param>
/// <param name="CounterpartBottomLine">Our estimate of the counterpart's worst acceptable value, if any.</param>
public sealed record Objective(
    ObjectiveId Id,
    NegotiationTopic Topic,
    string Metric,
    Preference Preference,
    Measure Target,
    Measure BottomLine,
    Measure? CounterpartBottomLine)
{
    /// <summary>Gets whether <paramref name="candidate"/> is strictly better for us than <paramref name="reference"/>.</summary>
    /// <param name="candidate">A value of the objective's unit.</param>
    /// <param name="reference">Another value of the objective's unit.</param>
    /// <returns>Whether the candidate is better.</returns>
    /// <exception cref="System.ArgumentException">The units differ.</exception>
    public bool IsBetter(Measure candidate, Measure reference)
    {
        var order = Preconditions.CheckNotNull(candidate).CompareTo(reference);
        return Preference == Preference.Higher ? order > 0 : order < 0;
    }

    /// <summary>
    /// Gets the zone of possible agreement between our bottom line and the counterpart's estimated one (NEG-02):
    /// the values both sides would accept, or <see cref="AgreementZoneKind.None"/> when the bottom lines do not
    /// overlap, or <see cref="AgreementZoneKind.NotEstimated"/> when there is no estimate.
    /// </summary>
    /// <param name="ourBottomLine">Our bottom line in force (the revised one, if any); <see cref="BottomLine"/> when null.</param>
    /// <returns>The zone.</returns>
    public AgreementZone ZoneOfPossibleAgreement(Measure? ourBottomLine = null)
    {
        ourBottomLine ??= BottomLine;
        if (CounterpartBottomLine is null || !CounterpartBottomLine.IsComparableWith(ourBottomLine))
        {
            return AgreementZone.NotEstimated;
        }

        // Where higher is better for us, we accept at least our bottom line and they at most theirs; and the mirror.
        var (low, high) = Preference == Preference.Higher
            ? (ourBottomLine, CounterpartBottomLine)
            : (CounterpartBottomLine, ourBottomLine);
        return low.CompareTo(high) <= 0 ? AgreementZone.Between(low, high) : AgreementZone.None;
    }
}
