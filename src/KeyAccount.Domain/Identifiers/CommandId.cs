using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Identifiers;

/// <summary>
/// Identifies one command as the host issued it; a command retried with the same ID takes effect at most once (GEN-03).
/// </summary>
/// <param name="Value">The underlying value.</param>
[JsonConverter(typeof(GuidIdentifierJsonConverter<CommandId>))]
public readonly record struct CommandId(Guid Value) : IGuidIdentifier<CommandId>
{
    /// <inheritdoc />
    public static CommandId From(Guid value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
