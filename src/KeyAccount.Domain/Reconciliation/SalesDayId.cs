using System;
using System.Globalization;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Serialization;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>Identifies a sales day of one site (日日平帐).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<SalesDayId>))]
public readonly record struct SalesDayId(Guid Value) : IGuidIdentifier<SalesDayId>
{
    /// <inheritdoc />
    public static SalesDayId From(Guid value) => new(value);

    /// <summary>Returns the identifier of a site's sales day for a business date: a name-based identifier (RFC 9562
    /// version 8) of the site and the date, the same every time. The payments process (GEN-12) finds a day by it, so a
    /// host opens each day with this identifier.</summary>
    /// <param name="site">The sales site, as its project.</param>
    /// <param name="date">The business date.</param>
    /// <returns>The day's identifier.</returns>
    public static SalesDayId Of(ProjectId site, LocalDate date) =>
        new(NameBasedGuid.From($"sales-day\n{site.Value}\n{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
