namespace KeyAccount.Domain.Negotiations;

/// <summary>
/// The zone of possible agreement of one objective (NEG-02): the closed range between our bottom line and the
/// counterpart's estimated bottom line, when they overlap.
/// </summary>
/// <param name="Kind">Whether there is a zone.</param>
/// <param name="Low">The lower end when the zone exists; otherwise null.</param>
/// <param name="High">The upper end when the zone exists; otherwise null.</param>
public sealed record AgreementZone(AgreementZoneKind Kind, Measure? Low, Measure? High)
{
    /// <summary>Gets the answer when the counterpart's bottom line is not estimated.</summary>
    public static AgreementZone NotEstimated { get; } = new(AgreementZoneKind.NotEstimated, null, null);

    /// <summary>Gets the answer when the bottom lines do not overlap.</summary>
    public static AgreementZone None { get; } = new(AgreementZoneKind.None, null, null);

    /// <summary>Returns a zone from <paramref name="low"/> to <paramref name="high"/>.</summary>
    /// <param name="low">The lower end.</param>
    /// <param name="high">The upper end.</param>
    /// <returns>The zone.</returns>
    public static AgreementZone Between(Measure low, Measure high) => new(AgreementZoneKind.Exists, low, high);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        AgreementZoneKind.Exists => $"[{Low}, {High}]",
        AgreementZoneKind.None => "none",
        _ => "not estimated",
    };
}
