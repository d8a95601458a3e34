using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Reception;

/// <summary>Identifies one visit of a visitor to a sales site (来访), from arrival to a deal or departure (RCP-01, RCP-02).</summary>
/// <param name="Value">The GUID.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<SiteVisitId>))]
public readonly record struct SiteVisitId(Guid Value) : IGuidIdentifier<SiteVisitId>
{
    /// <summary>Creates an identifier from a GUID.</summary>
    /// <param name="value">The GUID.</param>
    /// <returns>The identifier.</returns>
    public static SiteVisitId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
