using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeyAccount.Cli.Input;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary>Currency codes looked up as they are met are accepted and refused exactly as by the whole list of the
/// platform's regions' currencies.</summary>
public sealed class PlatformCurrenciesTests
{
    [Fact]
    public void Every_three_letter_code_is_known_exactly_when_a_region_of_the_platform_has_it()
    {
        var whole = new HashSet<int>();
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                whole.Add(PlatformCurrencies.Pack(new RegionInfo(culture.Name).ISOCurrencySymbol));
            }
            catch (ArgumentException)
            {
            }
        }

        whole.Remove(-1);

        // The common codes first, as a day meets them, then every code.
        var first = new[] { "CNY", "HKD", "EUR", "XYZ" }.Select(PlatformCurrencies.Pack);
        var wrong = first.Concat(Enumerable.Range(0, 26 * 26 * 26))
            .Where(code => PlatformCurrencies.IsKnown(code) != (whole.Count == 0 || whole.Contains(code)))
            .ToList();

        Assert.Empty(wrong);
        Assert.Contains(PlatformCurrencies.Pack("CNY"), whole);
        Assert.DoesNotContain(PlatformCurrencies.Pack("XYZ"), whole);
    }
}
