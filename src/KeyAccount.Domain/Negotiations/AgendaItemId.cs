using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>Identifies an item of a negotiation's agenda (议程).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<AgendaItemId>))]
public readonly record struct AgendaItemId(Guid Value) : IGuidIdentifier<AgendaItemId>
{
    /// <inheritdoc />
    public static AgendaItemId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
