using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>Identifies the screening of one prospect (客户筛选) against the strategic criteria (KAM-01).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ScreeningId>))]
public readonly record struct ScreeningId(Guid Value) : IGuidIdentifier<ScreeningId>
{
    /// <inheritdoc />
    public static ScreeningId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
