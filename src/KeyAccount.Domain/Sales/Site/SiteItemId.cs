using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>Identifies an on-site item (案场物品) kept by a site manager (SITE-02).</summary>
/// <param name="Value">The GUID.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<SiteItemId>))]
public readonly record struct SiteItemId(Guid Value) : IGuidIdentifier<SiteItemId>
{
    /// <summary>Creates an identifier from a GUID.</summary>
    /// <param name="value">The GUID.</param>
    /// <returns>The identifier.</returns>
    public static SiteItemId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
