using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// The number (流水号) of a remittance notice (解款通知单, SUB-05): a whole number from 1 to
/// 999,999,999,999,999,999. Subscriptions issue it, the sales day posts it, the reconciler matches on it (as
/// <see cref="Value"/>, the <c>long</c> of its compact records) and the tool reads it from its files.
/// </summary>
/// <remarks>
/// <para><b>Text form</b>: <c>RN-</c> followed by the number with at least four digits (<c>RN-0001</c>,
/// <c>RN-1000001</c>). <see cref="Parse"/> and <see cref="TryParse(ReadOnlySpan{char}, out RemittanceNoticeNumber)"/>
/// also accept the bare digits (<c>1</c>, <c>0001</c>, <c>1000001</c>), the form of the tool's <c>notice_no</c> column.</para>
/// <para><b>JSON</b>: a number (<c>"number":1</c>); a string in the text form is read too, the form subscription events
/// were written in before the type existed.</para>
/// <para>The default value (0) is no notice number; commands carrying it are refused.</para>
/// </remarks>
[JsonConverter(typeof(RemittanceNoticeNumberJsonConverter))]
public readonly record struct RemittanceNoticeNumber
{
    /// <summary>The largest notice number (eighteen nines).</summary>
    public const long MaxValue = 999_999_999_999_999_999;

    private const string Prefix = "RN-";

    private RemittanceNoticeNumber(long value) => Value = value;

    /// <summary>Gets the number, as the reconciler's records carry it; 0 only for the default value.</summary>
    public long Value { get; }

    /// <summary>Returns the notice number with a value.</summary>
    /// <param name="value">The number, from 1 to <see cref="MaxValue"/>.</param>
    /// <returns>The notice number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is out of range.</exception>
    public static RemittanceNoticeNumber From(long value)
    {
        Preconditions.CheckArgumentRange(IsValid(value), nameof(value), value, "A remittance notice number is from 1 to 999,999,999,999,999,999.");
        return new RemittanceNoticeNumber(value);
    }

    /// <summary>Returns the notice number with a value, if the value is one.</summary>
    /// <param name="value">The number.</param>
    /// <param name="number">The notice number, or the default value.</param>
    /// <returns>Whether <paramref name="value"/> is from 1 to <see cref="MaxValue"/>.</returns>
    public static bool TryFrom(long value, out RemittanceNoticeNumber number)
    {
        number = IsValid(value) ? new RemittanceNoticeNumber(value) : default;
        return number.Value != 0;
    }

    /// <summary>Reads a notice number in its text form (<c>RN-0001</c>) or as bare digits (<c>1</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The notice number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a notice number.</exception>
    public static RemittanceNoticeNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var number)
            ? number
            : throw new FormatException($"'{text}' is not a remittance notice number (RN- and digits, or digits, from 1 to {MaxValue}).");
    }

    /// <summary>Reads a notice number in its text form (<c>RN-0001</c>) or as bare digits (<c>1</c>).</summary>
    /// <param name="text">The text: no sign, no spaces, at most eighteen digits.</param>
    /// <param name="number">The notice number, or the default value.</param>
    /// <returns>Whether the text is a notice number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out RemittanceNoticeNumber number)
    {
        number = default;
        var digits = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..] : text;
        if (digits.IsEmpty || digits.Length > 18)
        {
            return false;
        }

        long value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return TryFrom(value, out number);
    }

    /// <summary>Reads a notice number in UTF-8, as <see cref="TryParse(ReadOnlySpan{char}, out RemittanceNoticeNumber)"/>
    /// reads text.</summary>
    /// <param name="utf8">The UTF-8 bytes.</param>
    /// <param name="number">The notice number, or the default value.</param>
    /// <returns>Whether the bytes are a notice number.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out RemittanceNoticeNumber number)
    {
        Span<char> chars = stackalloc char[Prefix.Length + 18];
        number = default;
        if (utf8.Length > chars.Length)
        {
            return false;
        }

        for (var i = 0; i < utf8.Length; i++)
        {
            chars[i] = (char)utf8[i];
        }

        return TryParse(chars[..utf8.Length], out number);
    }

    /// <summary>Returns the text form, e.g. <c>RN-0001</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Prefix + Value.ToString("D4", CultureInfo.InvariantCulture);

    private static bool IsValid(long value) => value is >= 1 and <= MaxValue;
}
