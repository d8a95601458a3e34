using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>Identifies a contract review (合同评审).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ContractReviewId>))]
public readonly record struct ContractReviewId(Guid Value) : IGuidIdentifier<ContractReviewId>
{
    /// <inheritdoc />
    public static ContractReviewId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
