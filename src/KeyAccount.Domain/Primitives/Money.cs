using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Primitives;

/// <summary>
/// An amount of money in one currency (GEN-04): a <see cref="decimal"/> amount and a <see cref="Primitives.Currency"/>.
/// </summary>
/// <remarks>
/// <para>Values are immutable; arithmetic returns new values. Adding, subtracting or comparing amounts of different
/// currencies throws <see cref="CurrencyMismatchException"/>: there is no implicit conversion. Arithmetic that leaves
/// the range of <see cref="decimal"/> throws <see cref="OverflowException"/>; it never wraps.</para>
/// <para>Amounts are kept exactly as given; rounding happens only where a caller asks for it, through a named
/// <see cref="RoundingPolicy"/>.</para>
/// <para>The default value of the struct has no currency and is not a valid amount.</para>
/// </remarks>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount, any sign.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is the default value.</exception>
    public Money(decimal amount, Currency currency)
    {
        Preconditions.CheckArgument(currency.IsValid, nameof(currency), "A currency is required.");
        Amount = amount;
        Currency = currency;
    }

    /// <summary>Gets the amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets whether the amount has at most the digits of the currency's minor unit (GEN-09): CNY 100.05 does,
    /// CNY 100.005 does not. Results of arithmetic (a rate applied, a share) may have more until they are rounded;
    /// an amount that enters the domain — a command, an event document, a file — must have no more.</summary>
    public bool FitsMinorUnit => decimal.Round(Amount, Currency.MinorUnitDigits) == Amount;

    /// <summary>Gets whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Gets whether the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Gets whether the amount is above zero.</summary>
    public bool IsPositive => Amount > 0m;

    /// <summary>Returns zero in a currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Returns an amount in Chinese yuan.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The amount in CNY.</returns>
    public static Money Cny(decimal amount) => new(amount, Currency.CNY);

    /// <summary>Adds an amount of the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public Money Plus(Money other)
    {
        CheckSameCurrency(other);
        return new Money(Amount + other.Amount, Currency);
    }

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public Money Minus(Money other)
    {
        CheckSameCurrency(other);
        return new Money(Amount - other.Amount, Currency);
    }

    /// <summary>Multiplies by a factor (a quantity or a rate), without rounding.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public Money Times(decimal factor) => new(Amount * factor, Currency);

    /// <summary>Returns the amount with the opposite sign.</summary>
    /// <returns>The negated amount.</returns>
    public Money Negate() => new(-Amount, Currency);

    /// <summary>Rounds by a named policy.</summary>
    /// <param name="policy">The policy, e.g. <see cref="RoundingPolicy.HalfAwayFromZeroToCent"/>.</param>
    /// <returns>The rounded amount.</returns>
    public Money Round(RoundingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new Money(policy.Round(Amount), Currency);
    }

    /// <summary>Rounds by the default policy, half away from zero to 0.01 (四舍五入).</summary>
    /// <returns>The rounded amount.</returns>
    public Money Round() => Round(RoundingPolicy.HalfAwayFromZeroToCent);

    /// <summary>Sums amounts that share one currency.</summary>
    /// <param name="amounts">The amounts.</param>
    /// <param name="currency">The currency of the result, also used when <paramref name="amounts"/> is empty.</param>
    /// <returns>The total.</returns>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="decimal"/>.</exception>
    public static Money Sum(IEnumerable<Money> amounts, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = Zero(currency);
        foreach (var amount in amounts)
        {
            total = total.Plus(amount);
        }

        return total;
    }

    /// <inheritdoc cref="Plus"/>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static Money operator +(Money left, Money right) => left.Plus(right);

    /// <inheritdoc cref="Minus"/>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The amount to subtract.</param>
    public static Money operator -(Money left, Money right) => left.Minus(right);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money value) => value.Negate();

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive as this amount is less than, equal to or greater than <paramref name="other"/>.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        CheckSameCurrency(other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Whether the left amount is smaller.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Whether the left amount is larger.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Whether the left amount is smaller or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the left amount is larger or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>Equality of amount and currency; 1.0 and 1.00 of the same currency are equal.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether both are the same amount of the same currency.</returns>
    public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Currency, Amount);

    /// <summary>Formats as amount and code with invariant digits, e.g. <c>1234.50 CNY</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    private void CheckSameCurrency(Money other)
    {
        if (Currency != other.Currency)
        {
            throw new CurrencyMismatchException(Currency, other.Currency);
        }
    }
}
