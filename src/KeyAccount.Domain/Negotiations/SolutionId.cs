using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>Identifies a possible solution (解决方案) proposed during the information exchange, NEG-13.</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<SolutionId>))]
public readonly record struct SolutionId(Guid Value) : IGuidIdentifier<SolutionId>
{
    /// <inheritdoc />
    public static SolutionId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
