using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Calendars;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators;

/// <summary>
/// Dates that find calendar bugs: biased toward the days around the public holidays and make-up working days (调休) of
/// a business calendar, where a count of working days (CAN-05) crosses a day that is not what its weekday suggests.
/// </summary>
/// <remarks>
/// <para>The bias of <see cref="Around(BusinessCalendar, LocalDate, LocalDate)"/>: 3 draws in 8 pick a make-up working
/// day, 3 in 8 a public holiday (each special day of the range equally likely), and move from it by −7 to +3 days, so
/// that a count of up to five working days started on the drawn day crosses the special day; the other 2 in 8 are
/// uniform over the range. With mainland China's calendar of 2025 and 2026 about half of the draws fall on a day from
/// which five working days cross a make-up working day, against about one in seven for a uniform date.</para>
/// <para>The next decision day of <see cref="After"/>: the same day 4 times in 11, the next working day 2 in 11, the
/// next day (weekend or holiday included) 1 in 11, one to seven days before the next holiday or make-up working day 1
/// in 11, one to seven days before the next make-up working day 2 in 11 (each within 60 days), and two to ten days
/// later 1 in 11 — never past the last day given.</para>
/// </remarks>
public static class CalendarDates
{
    /// <summary>Returns dates of the years a calendar covers, biased toward its holidays and make-up working days.</summary>
    /// <param name="calendar">The calendar; it covers named years (not <see cref="BusinessCalendar.WeekendsOnly"/>).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The calendar names no year.</exception>
    public static Gen<LocalDate> Around(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (calendar.Years.Count == 0)
        {
            throw new ArgumentException("The calendar names no year; give the range of dates.", nameof(calendar));
        }

        return Around(calendar, new LocalDate(calendar.Years[0], 1, 1), new LocalDate(calendar.Years[^1], 12, 31));
    }

    /// <summary>Returns dates from <paramref name="first"/> to <paramref name="last"/>, biased toward the calendar's
    /// holidays and make-up working days in that range (uniform when it has none).</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="first">The first date drawn.</param>
    /// <param name="last">The last date drawn.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static Gen<LocalDate> Around(BusinessCalendar calendar, LocalDate first, LocalDate last)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (last < first)
        {
            throw new ArgumentException($"{last:uuuu-MM-dd} is before {first:uuuu-MM-dd}.", nameof(last));
        }

        var uniform = Gen.Choose(0, Period.Between(first, last, PeriodUnits.Days).Days).Select(first.PlusDays);
        var makeUp = calendar.MakeUpWorkingDays.Select(d => d.Date).Where(d => d >= first && d <= last).ToArray();
        var holidays = calendar.Holidays.Select(d => d.Date).Where(d => d >= first && d <= last).ToArray();
        var choices = new List<(int, Gen<LocalDate>)> { (2, uniform) };
        if (makeUp.Length > 0)
        {
            choices.Add((3, Near(makeUp, first, last)));
        }

        if (holidays.Length > 0)
        {
            choices.Add((3, Near(holidays, first, last)));
        }

        return Gen.Frequency(choices.ToArray());
    }

    /// <summary>Returns the day of the next decision after <paramref name="today"/> (or <paramref name="today"/> itself):
    /// mostly the same or the next working day, sometimes across weekends, holidays and make-up working days.</summary>
    /// <param name="today">The day of the last decision.</param>
    /// <param name="calendar">The calendar; <paramref name="today"/> to <paramref name="last"/> lie in the years it covers.</param>
    /// <param name="last">The last day a decision may fall on.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static Gen<LocalDate> After(LocalDate today, BusinessCalendar calendar, LocalDate last)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (today >= last)
        {
            return Gen.Constant(today);
        }

        var special = NextSpecialDay(calendar, today, last, makeUpOnly: false);
        var makeUp = NextSpecialDay(calendar, today, last, makeUpOnly: true);
        var choices = new List<(int, Gen<LocalDate>)>
        {
            (4, Gen.Constant(today)),
            (2, Gen.Constant(Min(NextWorkingDay(calendar, today, last), last))),
            (1, Gen.Constant(today.PlusDays(1))),
            (1, Gen.Choose(2, 10).Select(n => Min(today.PlusDays(n), last))),
        };
        if (special is { } day)
        {
            choices.Add((1, Gen.Choose(1, 7).Select(n => Max(day.PlusDays(-n), today))));
        }

        if (makeUp is { } work)
        {
            choices.Add((2, Gen.Choose(1, 7).Select(n => Max(work.PlusDays(-n), today))));
        }

        return Gen.Frequency(choices.ToArray());
    }

    private static Gen<LocalDate> Near(LocalDate[] days, LocalDate first, LocalDate last) =>
        from day in Gen.Elements(days)
        from offset in Gen.Choose(-7, 3)
        select Max(first, Min(last, day.PlusDays(offset)));

    private static LocalDate NextWorkingDay(BusinessCalendar calendar, LocalDate today, LocalDate last)
    {
        var day = today.PlusDays(1);
        while (day < last && !calendar.IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    private static LocalDate? NextSpecialDay(BusinessCalendar calendar, LocalDate today, LocalDate last, bool makeUpOnly)
    {
        for (var day = today.PlusDays(1); day <= last && day <= today.PlusDays(60); day = day.PlusDays(1))
        {
            if ((!makeUpOnly && calendar.IsHoliday(day)) || (calendar.IsWorkingDay(day) && calendar.Weekend.Contains(day.DayOfWeek)))
            {
                return day;
            }
        }

        return null;
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
