namespace KeyAccount.Domain.Negotiations;

/// <summary>Whether the bottom lines of the two sides leave room for an agreement (NEG-02).</summary>
public enum AgreementZoneKind
{
    /// <summary>The counterpart's bottom line is not estimated: nothing can be said.</summary>
    NotEstimated,

    /// <summary>The bottom lines do not overlap: no value is acceptable to both sides.</summary>
    None,

    /// <summary>The values from <see cref="AgreementZone.Low"/> to <see cref="AgreementZone.High"/> are acceptable to both sides.</summary>
    Exists,
}
