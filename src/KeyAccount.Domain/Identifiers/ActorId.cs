using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Identifiers;

/// <summary>
/// Identifies a person who acts on a command: an employee number or badge number (工号) as the host knows it.
/// </summary>
/// <remarks>The value is trimmed; it is never empty. The default value of the struct is not a valid actor.</remarks>
[JsonConverter(typeof(ActorIdJsonConverter))]
public readonly record struct ActorId
{
    private readonly string? value;

    /// <summary>Creates an actor identifier.</summary>
    /// <param name="value">The host's identifier for the person; surrounding white space is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public ActorId(string value) => this.value = Preconditions.CheckNotBlank(value);

    /// <summary>Gets the identifier.</summary>
    public string Value => value ?? string.Empty;

    /// <inheritdoc />
    public override string ToString() => Value;
}
