using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Negotiations;

/// <summary>Identifies a question (问题) raised during the information exchange, NEG-13.</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<QuestionId>))]
public readonly record struct QuestionId(Guid Value) : IGuidIdentifier<QuestionId>
{
    /// <inheritdoc />
    public static QuestionId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
