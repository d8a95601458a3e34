using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>Identifies the fulfilment of an approved contract (合同履行: stock shipment or production, then delivery).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<FulfilmentOrderId>))]
public readonly record struct FulfilmentOrderId(Guid Value) : IGuidIdentifier<FulfilmentOrderId>
{
    /// <inheritdoc />
    public static FulfilmentOrderId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
