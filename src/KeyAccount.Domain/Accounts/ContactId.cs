using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Accounts;

/// <summary>Identifies a contact in an account's buying centre (人员结构).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ContactId>))]
public readonly record struct ContactId(Guid Value) : IGuidIdentifier<ContactId>
{
    /// <inheritdoc />
    public static ContactId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
