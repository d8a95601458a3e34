using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Inventory;

/// <summary>Identifies a unit (房号) of a project.</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<UnitId>))]
public readonly record struct UnitId(Guid Value) : IGuidIdentifier<UnitId>
{
    /// <inheritdoc />
    public static UnitId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
