using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>Identifies an objective (谈判目标) of a negotiation plan.</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ObjectiveId>))]
public readonly record struct ObjectiveId(Guid Value) : IGuidIdentifier<ObjectiveId>
{
    /// <inheritdoc />
    public static ObjectiveId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
