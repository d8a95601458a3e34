using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>Identifies a follow-up action (后续跟踪) of a negotiation's minutes.</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<FollowUpActionId>))]
public readonly record struct FollowUpActionId(Guid Value) : IGuidIdentifier<FollowUpActionId>
{
    /// <inheritdoc />
    public static FollowUpActionId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
