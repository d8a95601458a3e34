using System;
using KeyAccount.Domain.Decisions;
using NodaTime;

namespace KeyAccount.Domain.Calendars;

/// <summary>
/// A working-day question reached a date of a year the <see cref="BusinessCalendar"/> does not cover (GEN-08): the
/// answer depends on that year's holiday arrangement, which the calendar does not hold, so none is guessed.
/// </summary>
/// <remarks>
/// Thrown by <see cref="BusinessCalendar.IsWorkingDay"/>, <see cref="BusinessCalendar.IsHoliday"/>,
/// <see cref="BusinessCalendar.AddWorkingDays"/> and <see cref="BusinessCalendar.WorkingDaysBetween"/>. Deciders never let
/// it escape: a decision that reaches an uncovered year is a rejection with rule GEN-08 and the detail <c>year</c>.
/// A host that counts on the calendar itself checks <see cref="BusinessCalendar.Covers"/> first, or catches this,
/// and loads the missing year (<see cref="BusinessCalendar.With"/>).
/// </remarks>
public sealed class YearNotCoveredException : Exception
{
    /// <summary>Creates the exception for the first date reached outside the calendar.</summary>
    /// <param name="calendar">The name of the calendar asked.</param>
    /// <param name="date">The date reached.</param>
    public YearNotCoveredException(string calendar, LocalDate date)
        : base($"The business calendar '{calendar}' does not cover {date.Year} (reached {date:uuuu-MM-dd}); load that year's calendar.")
    {
        Calendar = calendar;
        Date = date;
    }

    /// <summary>Gets the name of the calendar asked.</summary>
    public string Calendar { get; }

    /// <summary>Gets the first date reached outside the calendar's years.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the missing year.</summary>
    public int Year => Date.Year;

    /// <summary>Returns the rejection a decision gives instead (GEN-08, detail <c>year</c>).</summary>
    /// <returns>The rejection.</returns>
    internal RuleViolation ToRejection() =>
        new("GEN-08", "calendar.year_not_covered", MessageSource.Kernel, new ErrorDetail("year", Year), new ErrorDetail("date", Date));
}
