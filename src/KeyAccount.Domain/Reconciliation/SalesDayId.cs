using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>Identifies a sales day of one site (日日平帐).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<SalesDayId>))]
public readonly record struct SalesDayId(Guid Value) : IGuidIdentifier<SalesDayId>
{
    /// <inheritdoc />
    public static SalesDayId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
