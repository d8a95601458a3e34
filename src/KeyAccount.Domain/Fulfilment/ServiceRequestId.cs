using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>Identifies an after-sales service request (售后服务请求) of a customer.</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ServiceRequestId>))]
public readonly record struct ServiceRequestId(Guid Value) : IGuidIdentifier<ServiceRequestId>
{
    /// <inheritdoc />
    public static ServiceRequestId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
