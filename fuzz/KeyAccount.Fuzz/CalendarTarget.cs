using System;
using System.Linq;
using KeyAccount.Domain.Calendars;
using NodaTime;

namespace KeyAccount.Fuzz;

/// <summary>
/// <c>calendar</c>: a business calendar file. Reading must give a calendar or a <see cref="CalendarFileError"/> with a
/// JSON path and a reason; a calendar read must write back to a file that reads as the same calendar; and around every
/// listed day the working-day arithmetic must keep its laws: <c>AddWorkingDays(d, n)</c> lands on a working day (n ≠ 0)
/// and <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) = n</c>, or the count is refused naming a year the calendar does
/// not cover (GEN-08).
/// </summary>
internal sealed class CalendarTarget : IFuzzTarget
{
    private const int DaysChecked = 32;
    private const int Reach = 3;

    /// <inheritdoc />
    public string Name => "calendar";

    /// <inheritdoc />
    public string Description => "a business calendar file (JSON), read, written back and counted on";

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        var read = BusinessCalendarJson.Parse(input);
        if (read.TryPickT1(out var error, out var calendar))
        {
            if (!error.Path.StartsWith('$') || string.IsNullOrWhiteSpace(error.Reason))
            {
                throw new BrokenPromiseException($"a calendar error without a JSON path or a reason: {error}");
            }

            return;
        }

        var written = BusinessCalendarJson.Write(calendar);
        var again = BusinessCalendarJson.Parse(written);
        if (again.TryPickT1(out var unreadable, out var reread))
        {
            throw new BrokenPromiseException($"a calendar that was read wrote a file that does not read back ({unreadable}):\n{written}");
        }

        if (!string.Equals(BusinessCalendarJson.Write(reread), written, StringComparison.Ordinal))
        {
            throw new BrokenPromiseException($"a calendar changed on a round trip through its file:\n{written}");
        }

        _ = calendar.ToString();
        var days = calendar.Holidays.Concat(calendar.MakeUpWorkingDays).Select(d => d.Date).Take(DaysChecked);
        foreach (var day in days.Where(d => d.Year is > 1 and < 9999))
        {
            CheckLaws(calendar, day);
        }
    }

    private static void CheckLaws(BusinessCalendar calendar, LocalDate day)
    {
        for (var n = -Reach; n <= Reach; n++)
        {
            LocalDate reached;
            try
            {
                reached = calendar.AddWorkingDays(day, n);
            }
            catch (YearNotCoveredException e) when (!calendar.CoversYear(e.Year))
            {
                continue;
            }

            if (n != 0 && !calendar.IsWorkingDay(reached))
            {
                throw new BrokenPromiseException($"{day:uuuu-MM-dd} + {n} working days = {reached:uuuu-MM-dd}, which is not a working day");
            }

            var counted = calendar.WorkingDaysBetween(day, reached);
            if (counted != n)
            {
                throw new BrokenPromiseException($"{day:uuuu-MM-dd} + {n} working days = {reached:uuuu-MM-dd}, but {counted} working days are counted between them");
            }
        }
    }
}
