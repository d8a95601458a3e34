using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>Identifies a negotiation plan (商务谈判方案).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<NegotiationPlanId>))]
public readonly record struct NegotiationPlanId(Guid Value) : IGuidIdentifier<NegotiationPlanId>
{
    /// <inheritdoc />
    public static NegotiationPlanId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
