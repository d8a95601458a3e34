using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>Identifies a need (诉求) a party stated during the information exchange, NEG-13.</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<NeedId>))]
public readonly record struct NeedId(Guid Value) : IGuidIdentifier<NeedId>
{
    /// <inheritdoc />
    public static NeedId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
