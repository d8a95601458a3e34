using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>Identifies a property project (项目).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ProjectId>))]
public readonly record struct ProjectId(Guid Value) : IGuidIdentifier<ProjectId>
{
    /// <inheritdoc />
    public static ProjectId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
