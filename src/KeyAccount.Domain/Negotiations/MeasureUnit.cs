namespace KeyAccount.Domain.Negotiations;

/// <summary>The unit of a <see cref="Measure"/>.</summary>
public enum MeasureUnit
{
    /// <summary>An amount of money in a currency.</summary>
    Money,

    /// <summary>Percentage points, e.g. −5 for a price reduction of 5 %.</summary>
    Percent,

    /// <summary>A number of months, e.g. 12 for a contract extended by one year.</summary>
    Months,

    /// <summary>A number of days, e.g. a delivery lead time or a payment term.</summary>
    Days,
}
