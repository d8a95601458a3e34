using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace KeyAccount.Domain.Calendars;

/// <summary>
/// Which days are working days (工作日): weekends, public holidays and make-up working days (调休, weekend days
/// worked in exchange for a holiday), all supplied by the host as data. Used by the refund waiting period
/// (CAN-05) and launch preparation (SITE-01).
/// </summary>
/// <remarks>
/// <para>A day is a working day when it is a make-up working day, or when it is neither a public holiday nor a
/// weekend day. Outside the years the host supplied, only the weekend rule applies: load the calendar of every
/// year the decisions reach (the State Council publishes each year's arrangement in November of the year before).</para>
/// <para>Counting follows the catalogue: <see cref="AddWorkingDays"/> does not count the start day, so the refund of
/// CAN-05 approved on day <c>d</c> is payable from <c>AddWorkingDays(d, 5)</c>; <see cref="WorkingDaysBetween"/>
/// counts the working days after the start up to and including the end, so the two are inverse.</para>
/// <para>Instances are immutable and thread-safe. Load one from JSON with <see cref="BusinessCalendarJson"/>.</para>
/// </remarks>
public sealed class BusinessCalendar
{
    private readonly ImmutableHashSet<IsoDayOfWeek> weekend;
    private readonly ImmutableDictionary<LocalDate, string> holidays;
    private readonly ImmutableDictionary<LocalDate, string> makeUpWorkingDays;

    /// <summary>Creates a calendar.</summary>
    /// <param name="name">A name for reports, e.g. <c>中国大陆 2025</c>.</param>
    /// <param name="weekend">The days of the week that are not worked (usually Saturday and Sunday); may be empty.</param>
    /// <param name="holidays">Public holidays (days off), each with its name.</param>
    /// <param name="makeUpWorkingDays">Weekend days that are worked (调休上班), each with the holiday it makes up for.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The weekend is every day of the week; a date is listed twice; a date is both a holiday and a make-up day; or a
    /// make-up day is not a weekend day.
    /// </exception>
    public BusinessCalendar(
        string name,
        IEnumerable<IsoDayOfWeek> weekend,
        IEnumerable<NamedDay> holidays,
        IEnumerable<NamedDay> makeUpWorkingDays)
    {
        Name = Preconditions.CheckNotBlank(name);
        this.weekend = Preconditions.CheckNotNull(weekend).ToImmutableHashSet();
        Preconditions.CheckArgument(this.weekend.All(d => d is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday), nameof(weekend), "Unknown day of week.");
        Preconditions.CheckArgument(this.weekend.Count < 7, nameof(weekend), "At least one day of the week must be a working day.");
        this.holidays = ToDictionary(Preconditions.CheckNotNull(holidays), nameof(holidays));
        this.makeUpWorkingDays = ToDictionary(Preconditions.CheckNotNull(makeUpWorkingDays), nameof(makeUpWorkingDays));
        foreach (var day in this.makeUpWorkingDays.Keys)
        {
            Preconditions.CheckArgument(!this.holidays.ContainsKey(day), nameof(makeUpWorkingDays), $"{day:uuuu-MM-dd} is both a holiday and a make-up working day.");
            Preconditions.CheckArgument(this.weekend.Contains(day.DayOfWeek), nameof(makeUpWorkingDays), $"{day:uuuu-MM-dd} is a make-up working day but not a weekend day.");
        }
    }

    /// <summary>Gets a calendar with Saturday and Sunday off and no holidays (a neutral default for tests and samples).</summary>
    public static BusinessCalendar WeekendsOnly { get; } =
        new("weekends-only", [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [], []);

    /// <summary>Gets the calendar's name.</summary>
    public string Name { get; }

    /// <summary>Gets the weekend days, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> Weekend => weekend.Order().ToList();

    /// <summary>Gets the public holidays in date order.</summary>
    public IReadOnlyList<NamedDay> Holidays => holidays.Select(p => new NamedDay(p.Key, p.Value)).OrderBy(d => d.Date).ToList();

    /// <summary>Gets the make-up working days in date order.</summary>
    public IReadOnlyList<NamedDay> MakeUpWorkingDays => makeUpWorkingDays.Select(p => new NamedDay(p.Key, p.Value)).OrderBy(d => d.Date).ToList();

    /// <summary>Gets whether a date is a working day.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>True for a make-up working day, or a day that is neither a holiday nor a weekend day.</returns>
    public bool IsWorkingDay(LocalDate date) =>
        makeUpWorkingDays.ContainsKey(date) || (!holidays.ContainsKey(date) && !weekend.Contains(date.DayOfWeek));

    /// <summary>Gets whether a date is a public holiday of the calendar.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is listed as a holiday.</returns>
    public bool IsHoliday(LocalDate date) => holidays.ContainsKey(date);

    /// <summary>
    /// Returns the <paramref name="workingDays"/>-th working day after <paramref name="start"/> (or before it, for a
    /// negative count). The start day itself is never counted; zero returns <paramref name="start"/> unchanged.
    /// </summary>
    /// <param name="start">The day to count from (e.g. the approval day of CAN-05).</param>
    /// <param name="workingDays">How many working days to move.</param>
    /// <returns>The working day reached.</returns>
    /// <example>With the 2025 calendar of mainland China, approval on Friday 2025-09-26 plus 5 working days is
    /// Friday 2025-10-10: Sunday 28 September is a make-up working day and 1–8 October are holidays.</example>
    public LocalDate AddWorkingDays(LocalDate start, int workingDays)
    {
        var step = workingDays >= 0 ? 1 : -1;
        var remaining = Math.Abs((long)workingDays);
        var date = start;
        while (remaining > 0)
        {
            date = date.PlusDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// Counts the working days after <paramref name="start"/> up to and including <paramref name="end"/>; negative
    /// when <paramref name="end"/> is before <paramref name="start"/>. The inverse of <see cref="AddWorkingDays"/>.
    /// </summary>
    /// <param name="start">The first day (not counted).</param>
    /// <param name="end">The last day (counted when a working day).</param>
    /// <returns>The signed number of working days.</returns>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            // Counting back mirrors counting forward: the days from end (inclusive) to start (exclusive) that AddWorkingDays(start, -n) passes.
            var back = 0;
            for (var d = start.PlusDays(-1); d >= end; d = d.PlusDays(-1))
            {
                if (IsWorkingDay(d))
                {
                    back++;
                }
            }

            return -back;
        }

        var count = 0;
        for (var d = start.PlusDays(1); d <= end; d = d.PlusDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({holidays.Count} holidays, {makeUpWorkingDays.Count} make-up working days)";

    private static ImmutableDictionary<LocalDate, string> ToDictionary(IEnumerable<NamedDay> days, string paramName)
    {
        var builder = ImmutableDictionary.CreateBuilder<LocalDate, string>();
        foreach (var day in days)
        {
            Preconditions.CheckNotNull(day, paramName);
            Preconditions.CheckArgument(day.Date.Calendar == CalendarSystem.Iso, paramName, "Dates must be in the ISO calendar.");
            Preconditions.CheckArgument(builder.TryAdd(day.Date, day.Name), paramName, $"{day.Date:uuuu-MM-dd} is listed twice.");
        }

        return builder.ToImmutable();
    }
}
