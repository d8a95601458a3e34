using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Accounts;

/// <summary>Identifies a customer visit (拜访).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<VisitId>))]
public readonly record struct VisitId(Guid Value) : IGuidIdentifier<VisitId>
{
    /// <inheritdoc />
    public static VisitId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
