using System;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// A currency packed into 16 bits for reconciliation records: the three letters of the ISO 4217 code in base 26
/// (<c>AAA</c> is 0, <c>ZZZ</c> is 17,575). Two codes are equal exactly when the currencies are.
/// </summary>
/// <remarks>The default value is the code <c>AAA</c>; create codes with <see cref="Of"/>.</remarks>
public readonly record struct CurrencyCode
{
    /// <summary>The number of distinct codes (26³).</summary>
    internal const int Count = 26 * 26 * 26;

    private CurrencyCode(ushort value) => Value = value;

    /// <summary>Gets the code of the Chinese yuan renminbi.</summary>
    public static CurrencyCode CNY { get; } = Of(Currency.CNY);

    /// <summary>Gets the packed value, from 0 to 17,575.</summary>
    public ushort Value { get; }

    /// <summary>Returns the packed code of a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The code.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="currency"/> is the default value.</exception>
    public static CurrencyCode Of(Currency currency)
    {
        var code = currency.Code;
        return new CurrencyCode((ushort)((((code[0] - 'A') * 26) + (code[1] - 'A')) * 26 + (code[2] - 'A')));
    }

    /// <summary>Returns the code with a packed value.</summary>
    /// <param name="value">The packed value, from 0 to 17,575.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is 17,576 or more.</exception>
    public static CurrencyCode FromValue(int value)
    {
        Preconditions.CheckArgumentRange(value is >= 0 and < Count, nameof(value), value, "A packed currency code is below 17,576.");
        return new CurrencyCode((ushort)value);
    }

    /// <summary>Returns the currency.</summary>
    /// <returns>The currency with this code.</returns>
    public Currency ToCurrency() => Currency.Of(ToString());

    /// <summary>Returns the three-letter code.</summary>
    /// <returns>The ISO 4217 code, e.g. <c>CNY</c>.</returns>
    public override string ToString() =>
        string.Create(3, Value, static (span, v) =>
        {
            span[0] = (char)('A' + (v / 676));
            span[1] = (char)('A' + (v / 26 % 26));
            span[2] = (char)('A' + (v % 26));
        });
}
