using System;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// The stable identifier of a business rule in the catalogue, e.g. <c>CAN-05</c>: two to four upper-case
/// letters, a hyphen and two digits. A rejection always names the rule that said no.
/// </summary>
/// <remarks>The default value of the struct is not a valid rule.</remarks>
[JsonConverter(typeof(RuleIdJsonConverter))]
public readonly record struct RuleId
{
    private readonly string? value;

    /// <summary>Creates a rule identifier.</summary>
    /// <param name="value">The identifier, e.g. <c>SUB-04</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not of the form <c>ABC-01</c>.</exception>
    public RuleId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Preconditions.CheckArgument(IsWellFormed(value), nameof(value), $"'{value}' is not a rule ID of the form ABC-01.");
        this.value = value;
    }

    /// <summary>Gets the identifier text.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets the family part, e.g. <c>CAN</c> for <c>CAN-05</c>.</summary>
    public string Family => Value.Length == 0 ? string.Empty : Value[..Value.IndexOf('-', StringComparison.Ordinal)];

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Converts text to a rule ID.</summary>
    /// <param name="value">The identifier text.</param>
    public static implicit operator RuleId(string value) => new(value);

    internal static bool IsWellFormed(string value)
    {
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash is < 2 or > 4 || value.Length != dash + 3)
        {
            return false;
        }

        for (var i = 0; i < dash; i++)
        {
            if (!char.IsAsciiLetterUpper(value[i]))
            {
                return false;
            }
        }

        return char.IsAsciiDigit(value[dash + 1]) && char.IsAsciiDigit(value[dash + 2]);
    }
}
