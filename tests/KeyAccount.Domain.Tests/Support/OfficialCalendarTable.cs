using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>
/// The tables of the specification's CALENDAR-CN-2025.md and CALENDAR-CN-2026.md, transcribed here by hand, and a
/// naive counter over them: the oracle the shipped calendars and CAN-05's refund dates are checked against. It shares
/// no code with <c>BusinessCalendar</c>.
/// </summary>
internal static class OfficialCalendarTable
{
    public static readonly ImmutableSortedSet<int> Years = [2025, 2026];

    public static readonly ImmutableHashSet<LocalDate> Holidays =
    [
        // 2025
        .. Range(2025, 1, 1, 1), .. Range(2025, 1, 28, 8), .. Range(2025, 4, 4, 3), .. Range(2025, 5, 1, 5),
        .. Range(2025, 5, 31, 3), .. Range(2025, 10, 1, 8),

        // 2026
        .. Range(2026, 1, 1, 3), .. Range(2026, 2, 15, 9), .. Range(2026, 4, 4, 3), .. Range(2026, 5, 1, 5),
        .. Range(2026, 6, 19, 3), .. Range(2026, 9, 25, 3), .. Range(2026, 10, 1, 7),
    ];

    public static readonly ImmutableHashSet<LocalDate> MakeUpWorkingDays =
    [
        new(2025, 1, 26), new(2025, 2, 8), new(2025, 4, 27), new(2025, 9, 28), new(2025, 10, 11),
        new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10),
    ];

    /// <summary>The holidays and make-up working days, the days around them and the turns of the years: where
    /// working-day counts go wrong first.</summary>
    public static readonly ImmutableArray<LocalDate> InterestingDays =
    [
        .. Holidays.Concat(MakeUpWorkingDays).Concat([new LocalDate(2025, 12, 31), new LocalDate(2026, 12, 31)])
            .SelectMany(d => Enumerable.Range(-7, 15).Select(d.PlusDays))
            .Where(d => Years.Contains(d.Year))
            .Distinct()
            .Order(),
    ];

    /// <summary>The oracle: is the day worked, or null when the tables do not hold its year.</summary>
    public static bool? IsWorkingDay(LocalDate date)
    {
        if (!Years.Contains(date.Year))
        {
            return null;
        }

        var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        return MakeUpWorkingDays.Contains(date) || (!weekend && !Holidays.Contains(date));
    }

    /// <summary>The oracle: the n-th working day after (or before) the start, or the first year reached that the tables do not hold.</summary>
    public static (LocalDate? Reached, int? MissingYear) AddWorkingDays(LocalDate start, int n)
    {
        var date = start;
        for (var left = n; left != 0;)
        {
            date = date.PlusDays(n > 0 ? 1 : -1);
            switch (IsWorkingDay(date))
            {
                case null:
                    return (null, date.Year);
                case true:
                    left -= n > 0 ? 1 : -1;
                    break;
            }
        }

        return (date, null);
    }

    private static IEnumerable<LocalDate> Range(int year, int month, int day, int days) =>
        Enumerable.Range(0, days).Select(new LocalDate(year, month, day).PlusDays);
}
