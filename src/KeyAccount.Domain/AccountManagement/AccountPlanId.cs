using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>Identifies the plan of one key account for one period (管理目标, KAM-06).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<AccountPlanId>))]
public readonly record struct AccountPlanId(Guid Value) : IGuidIdentifier<AccountPlanId>
{
    /// <inheritdoc />
    public static AccountPlanId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
