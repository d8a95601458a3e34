using System;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>Converts money to whole minor units (1/100 of the currency unit, e.g. fen 分) and back.</summary>
internal static class MinorUnits
{
    internal static long Of(Money amount, string paramName)
    {
        var scaled = amount.Amount * 100m;
        Preconditions.CheckArgument(decimal.Truncate(scaled) == scaled, paramName, $"{amount} has more than two decimal places.");
        Preconditions.CheckArgumentRange(scaled is >= long.MinValue and <= long.MaxValue, paramName, amount, "The amount is out of range.");
        return (long)scaled;
    }

    internal static Money ToMoney(long minorUnits, CurrencyCode currency) => new(minorUnits / 100m, currency.ToCurrency());
}
