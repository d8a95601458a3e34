using System;
using System.Globalization;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.Negotiations;

/// <summary>
/// A measurable value of a negotiation objective (NEG-02): an amount of money, percentage points, or a duration in
/// months or days. Values of different units (or of different currencies) are never compared or added.
/// </summary>
/// <remarks>Immutable. Create values with <see cref="Of(Money)"/>, <see cref="Percent"/>, <see cref="Months"/> or
/// <see cref="Days"/>.</remarks>
public sealed record Measure
{
    /// <summary>Creates a measure; prefer the named factories.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="value">The value in that unit.</param>
    /// <param name="currency">The currency, present exactly when <paramref name="unit"/> is <see cref="MeasureUnit.Money"/>.</param>
    /// <exception cref="ArgumentException">The unit is undefined, or a currency is missing for money or given for another unit.</exception>
    [JsonConstructor]
    public Measure(MeasureUnit unit, decimal value, Currency? currency)
    {
        Preconditions.CheckArgument(Enum.IsDefined(unit), nameof(unit), "Unknown unit.");
        Preconditions.CheckArgument((unit == MeasureUnit.Money) == (currency is { IsValid: true }), nameof(currency), "A currency is required for money and only for money.");
        Unit = unit;
        Value = value;
        Currency = currency;
    }

    /// <summary>Gets the unit.</summary>
    public MeasureUnit Unit { get; }

    /// <summary>Gets the value in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>Gets the currency of a money measure; null for other units.</summary>
    public Currency? Currency { get; }

    /// <summary>Returns a money measure.</summary>
    /// <param name="money">The amount.</param>
    /// <returns>The measure.</returns>
    public static Measure Of(Money money) => new(MeasureUnit.Money, money.Amount, money.Currency);

    /// <summary>Returns a measure in percentage points.</summary>
    /// <param name="points">The percentage points, e.g. −5 for "5 % lower".</param>
    /// <returns>The measure.</returns>
    public static Measure Percent(decimal points) => new(MeasureUnit.Percent, points, null);

    /// <summary>Returns a duration in months.</summary>
    /// <param name="months">The number of months.</param>
    /// <returns>The measure.</returns>
    public static Measure Months(decimal months) => new(MeasureUnit.Months, months, null);

    /// <summary>Returns a duration in days.</summary>
    /// <param name="days">The number of days.</param>
    /// <returns>The measure.</returns>
    public static Measure Days(decimal days) => new(MeasureUnit.Days, days, null);

    /// <summary>Gets whether another measure has the same unit (and currency), so that the two can be compared.</summary>
    /// <param name="other">The other measure.</param>
    /// <returns>Whether they are comparable.</returns>
    public bool IsComparableWith(Measure? other) => other is not null && other.Unit == Unit && Nullable.Equals(other.Currency, Currency);

    /// <summary>Adds a measure of the same unit.</summary>
    /// <param name="other">The measure to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The units or currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public Measure Plus(Measure other)
    {
        CheckComparable(other);
        return new Measure(Unit, Value + other.Value, Currency);
    }

    /// <summary>Subtracts a measure of the same unit.</summary>
    /// <param name="other">The measure to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The units or currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public Measure Minus(Measure other)
    {
        CheckComparable(other);
        return new Measure(Unit, Value - other.Value, Currency);
    }

    /// <summary>Compares two measures of the same unit by value.</summary>
    /// <param name="other">The other measure.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than the other.</returns>
    /// <exception cref="ArgumentException">The units or currencies differ.</exception>
    public int CompareTo(Measure other)
    {
        CheckComparable(other);
        return Value.CompareTo(other!.Value);
    }

    /// <summary>Formats the measure with the invariant culture, e.g. <c>CNY 1200.00</c>, <c>-5%</c>, <c>12 months</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Unit switch
    {
        MeasureUnit.Money => string.Create(CultureInfo.InvariantCulture, $"{Currency!.Value.Code} {Value}"),
        MeasureUnit.Percent => string.Create(CultureInfo.InvariantCulture, $"{Value}%"),
        MeasureUnit.Months => string.Create(CultureInfo.InvariantCulture, $"{Value} months"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Value} days"),
    };

    private void CheckComparable(Measure? other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Preconditions.CheckArgument(IsComparableWith(other), nameof(other), $"{this} and {other} are not of the same unit.");
    }
}
