using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>Identifies a proposal (提案) to a key account (KAM-02, KAM-03).</summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<ProposalId>))]
public readonly record struct ProposalId(Guid Value) : IGuidIdentifier<ProposalId>
{
    /// <inheritdoc />
    public static ProposalId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
