using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>Identifies a dispute (分歧和争议) raised during a negotiation.</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<DisputeId>))]
public readonly record struct DisputeId(Guid Value) : IGuidIdentifier<DisputeId>
{
    /// <inheritdoc />
    public static DisputeId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
