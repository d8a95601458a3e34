using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

// The identifiers of the entities inside a negotiation plan. They share the shape and JSON form of the
// package's other identifiers (see Identifiers/Ids.cs).

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
