using System;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// Converts business dates to the compact day numbers of reconciliation records and back. A day number counts
/// days since 0001-01-01 in the ISO calendar (the same count as <see cref="DateOnly.DayNumber"/>).
/// </summary>
public static class DayNumbers
{
    /// <summary>Returns the day number of a date.</summary>
    /// <param name="date">The date, in the ISO calendar.</param>
    /// <returns>Days since 0001-01-01.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 0001-01-01.</exception>
    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>Returns the date of a day number.</summary>
    /// <param name="dayNumber">Days since 0001-01-01.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative or beyond 9999-12-31.</exception>
    public static LocalDate ToDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));
}
