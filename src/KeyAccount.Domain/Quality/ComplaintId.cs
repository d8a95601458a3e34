using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Quality;

/// <summary>Identifies a customer complaint (客户投诉).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ComplaintId>))]
public readonly record struct ComplaintId(Guid Value) : IGuidIdentifier<ComplaintId>
{
    /// <inheritdoc />
    public static ComplaintId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
