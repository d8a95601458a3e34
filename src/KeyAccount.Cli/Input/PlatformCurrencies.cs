using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace KeyAccount.Cli.Input;

/// <summary>
/// The ISO 4217 codes the platform knows: the currencies of the regions of its specific cultures (when it has none,
/// under invariant globalisation, every three letters are accepted). A code is looked up when first met and the answer
/// kept: the cultures of the region named by the code's first two letters (CN for CNY) are asked first, then the others
/// in turn until one has it, so a day in common currencies loads the data of a few regions instead of every region's
/// (about 13 MB of memory); a code no region has is refused once every region has been asked, as with the whole list.
/// </summary>
internal static class PlatformCurrencies
{
    private const int Codes = 26 * 26 * 26;

    private static readonly sbyte[] Answers = new sbyte[Codes];
    private static readonly Lock Gate = new();
    private static readonly HashSet<int> Found = [];
    private static string[]? cultures;
    private static int asked;

    /// <summary>Gets whether the platform knows a currency code.</summary>
    /// <param name="packed">The code's three letters A–Z as a base-26 number (AAA is 0).</param>
    /// <returns>Whether a region has it as its currency, or the platform has no region.</returns>
    public static bool IsKnown(int packed)
    {
        var answer = Volatile.Read(ref Answers[packed]);
        if (answer == 0)
        {
            answer = Find(packed) ? (sbyte)1 : (sbyte)-1;
            Volatile.Write(ref Answers[packed], answer);
        }

        return answer > 0;
    }

    /// <summary>Packs a code of three upper-case letters A–Z.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The packed code, or -1 when it is not three letters A–Z.</returns>
    public static int Pack(string code) =>
        code.Length == 3 && code.All(char.IsAsciiLetterUpper) ? (((code[0] - 'A') * 26) + (code[1] - 'A')) * 26 + (code[2] - 'A') : -1;

    private static bool Find(int packed)
    {
        lock (Gate)
        {
            cultures ??= [.. CultureInfo.GetCultures(CultureTypes.SpecificCultures).Select(c => c.Name)];
            if (Found.Contains(packed))
            {
                return true;
            }

            var region = $"-{(char)('A' + (packed / 676))}{(char)('A' + (packed / 26 % 26))}";
            if (cultures.Any(name => name.EndsWith(region, StringComparison.Ordinal) && CurrencyOf(name) == packed))
            {
                Found.Add(packed);
                return true;
            }

            while (asked < cultures.Length)
            {
                if (CurrencyOf(cultures[asked++]) is var currency and >= 0 && Found.Add(currency) && currency == packed)
                {
                    return true;
                }
            }

            return Found.Count == 0;
        }
    }

    private static int CurrencyOf(string culture)
    {
        try
        {
            return Pack(new RegionInfo(culture).ISOCurrencySymbol);
        }
        catch (ArgumentException)
        {
            // A culture without a region has no currency.
            return -1;
        }
    }
}
