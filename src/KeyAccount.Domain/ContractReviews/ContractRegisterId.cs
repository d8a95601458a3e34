using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>Identifies a contract register (合同登记簿) that issues serial numbers.</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ContractRegisterId>))]
public readonly record struct ContractRegisterId(Guid Value) : IGuidIdentifier<ContractRegisterId>
{
    /// <inheritdoc />
    public static ContractRegisterId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
