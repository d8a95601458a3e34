using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Accounts;

/// <summary>Identifies a key account (大客户).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<AccountId>))]
public readonly record struct AccountId(Guid Value) : IGuidIdentifier<AccountId>
{
    /// <inheritdoc />
    public static AccountId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
