using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Primitives;

/// <summary>
/// An ISO 4217 currency, identified by its three-letter upper-case code (货币).
/// </summary>
/// <remarks>
/// The library does not carry a list of currencies: any three ASCII upper-case letters form a code, so a
/// host can use the currencies it deals in. Two currencies are equal when their codes are equal.
/// The default value of this struct is not a valid currency; create instances with <see cref="Of"/> or
/// <see cref="TryParse"/>.
/// </remarks>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly struct Currency : IEquatable<Currency>
{
    private readonly string? code;

    private Currency(string code) => this.code = code;

    /// <summary>Chinese yuan renminbi (人民币), the currency of the source processes.</summary>
    public static Currency CNY { get; } = new("CNY");

    /// <summary>United States dollar.</summary>
    public static Currency USD { get; } = new("USD");

    /// <summary>Euro.</summary>
    public static Currency EUR { get; } = new("EUR");

    /// <summary>Hong Kong dollar.</summary>
    public static Currency HKD { get; } = new("HKD");

    /// <summary>Gets the three-letter ISO 4217 code, e.g. <c>CNY</c>.</summary>
    /// <exception cref="InvalidOperationException">This is the default value of the struct.</exception>
    public string Code => code ?? throw new InvalidOperationException("The default Currency value has no code; use Currency.Of.");

    /// <summary>Gets whether this value was created with a code (the default value was not).</summary>
    public bool IsValid => code is not null;

    /// <summary>
    /// Gets the digits of the currency's minor unit (ISO 4217): 2 for CNY, USD, EUR and HKD (分, cents); 0 for JPY and
    /// KRW; 3 for BHD, IQD, JOD, KWD, LYD, OMR and TND; 2 for any other code. An amount with more digits is refused
    /// wherever money enters the domain (GEN-09).
    /// </summary>
    public int MinorUnitDigits => Code switch
    {
        "JPY" or "KRW" or "VND" or "CLP" or "ISK" => 0,
        "BHD" or "IQD" or "JOD" or "KWD" or "LYD" or "OMR" or "TND" => 3,
        _ => 2,
    };

    /// <summary>Returns the currency with the given ISO 4217 code.</summary>
    /// <param name="code">Three ASCII letters; lower case is accepted and normalised to upper case.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not three ASCII letters.</exception>
    public static Currency Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out var currency)
            ? currency
            : throw new ArgumentException($"'{code}' is not a three-letter ISO 4217 currency code.", nameof(code));
    }

    /// <summary>Tries to read an ISO 4217 code.</summary>
    /// <param name="code">The text to read; three ASCII letters in either case.</param>
    /// <param name="currency">The currency when the text is a code; otherwise the default value.</param>
    /// <returns>Whether <paramref name="code"/> is a currency code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out Currency currency)
    {
        currency = default;
        if (code is null || code.Length != 3)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        currency = code switch
        {
            "CNY" => CNY,
            "USD" => USD,
            "EUR" => EUR,
            "HKD" => HKD,
            _ => new Currency(code.ToUpperInvariant()),
        };
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Currency other) => string.Equals(code, other.code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => code is null ? 0 : StringComparer.Ordinal.GetHashCode(code);

    /// <summary>Returns the ISO code, or an empty string for the default value.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => code ?? string.Empty;

    /// <summary>Compares two currencies for equality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether both have the same code.</returns>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Compares two currencies for inequality.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);
}
