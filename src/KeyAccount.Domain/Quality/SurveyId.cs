using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Quality;

/// <summary>Identifies a customer satisfaction survey (顾客满意度调查).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<SurveyId>))]
public readonly record struct SurveyId(Guid Value) : IGuidIdentifier<SurveyId>
{
    /// <inheritdoc />
    public static SurveyId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
