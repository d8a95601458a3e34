using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>Identifies a subscription agreement (认购书).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<SubscriptionId>))]
public readonly record struct SubscriptionId(Guid Value) : IGuidIdentifier<SubscriptionId>
{
    /// <inheritdoc />
    public static SubscriptionId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
