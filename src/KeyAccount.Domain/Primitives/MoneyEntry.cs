using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Primitives;

/// <summary>
/// GEN-09 where money enters through a command: an amount with more digits than its currency's minor unit, or a
/// negative amount where none makes sense (a payment, a price, a gift), is refused with the rule and the amount.
/// </summary>
internal static class MoneyEntry
{
    /// <summary>Returns the refusal of an amount a command brings, or null when it may enter.</summary>
    /// <param name="name">What the amount is, for the rejection (e.g. <c>price</c>).</param>
    /// <param name="amount">The amount.</param>
    /// <param name="mayBeNegative">Whether a negative amount makes sense here (e.g. a correcting entry).</param>
    /// <returns>The rejection, or null.</returns>
    public static RuleViolation? Check(string name, Money amount, bool mayBeNegative = false)
    {
        if (!amount.FitsMinorUnit)
        {
            return new RuleViolation("GEN-09", "money.too_many_digits", MessageSource.Kernel,
                new ErrorDetail("amountOf", name), new ErrorDetail("amount", amount), new ErrorDetail("digits", amount.Currency.MinorUnitDigits));
        }

        return !mayBeNegative && amount.Amount < 0m
            ? new RuleViolation("GEN-09", "money.negative", MessageSource.Kernel, new ErrorDetail("amountOf", name), new ErrorDetail("amount", amount))
            : null;
    }

    /// <summary>Returns the refusal of a negotiation measure in money with more digits than its currency's minor unit,
    /// or null for any other measure (a percentage, months, days) and for money that may enter.</summary>
    /// <param name="name">What the measure is, for the rejection (e.g. <c>concession</c>).</param>
    /// <param name="measure">The measure, or null.</param>
    /// <returns>The rejection, or null.</returns>
    public static RuleViolation? Check(string name, Negotiations.Measure? measure) =>
        measure is { Unit: Negotiations.MeasureUnit.Money, Currency: { } currency }
            ? Check(name, new Money(measure.Value, currency), mayBeNegative: true)
            : null;
}
