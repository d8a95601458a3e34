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
/// <para>A calendar covers named years (GEN-08). Within them a day is a working day when it is a make-up working day,
/// or when it is neither a public holiday nor a weekend day. Outside them nothing is guessed: every question about a
/// day of another year throws <see cref="YearNotCoveredException"/> naming the year, which deciders turn into a GEN-08
/// rejection. The package ships the official calendars of mainland China (<see cref="ChinaMainland"/>); add the
/// years it lacks with <see cref="With"/> (the State Council publishes each year's arrangement in November of the
/// year before).</para>
/// <para>Counting follows the catalogue: <see cref="AddWorkingDays"/> does not count the start day, so the refund of
/// CAN-05 approved on day <c>d</c> is payable from <c>AddWorkingDays(d, 5)</c>; <see cref="WorkingDaysBetween"/>
/// counts the working days after the start up to and including the end, so the two are inverse.</para>
/// <para>Instances are immutable and thread-safe. Load one from JSON with <see cref="BusinessCalendarJson"/>.</para>
/// </remarks>
public sealed class BusinessCalendar
{
    private const int FirstYear = 1;
    private const int LastYear = 9999;

    private readonly ImmutableSortedSet<int> years;
    private readonly bool everyYear;
    private readonly ImmutableHashSet<IsoDayOfWeek> weekend;
    private readonly ImmutableDictionary<LocalDate, string> holidays;
    private readonly ImmutableDictionary<LocalDate, string> makeUpWorkingDays;

    /// <summary>Creates a calendar.</summary>
    /// <param name="name">A name for reports, e.g. <c>中国大陆 2025</c>.</param>
    /// <param name="years">The years the calendar covers (GEN-08): every holiday and make-up day of those years is listed.</param>
    /// <param name="weekend">The days of the week that are not worked (usually Saturday and Sunday); may be empty.</param>
    /// <param name="holidays">Public holidays (days off), each with its name.</param>
    /// <param name="makeUpWorkingDays">Weekend days that are worked (调休上班), each with the holiday it makes up for.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// No year is given, or one outside 1–9999; the weekend is every day of the week; a date is listed twice or lies
    /// outside the years; a date is both a holiday and a make-up day; or a make-up day is not a weekend day.
    /// </exception>
    public BusinessCalendar(
        string name,
        IEnumerable<int> years,
        IEnumerable<IsoDayOfWeek> weekend,
        IEnumerable<NamedDay> holidays,
        IEnumerable<NamedDay> makeUpWorkingDays)
        : this(name, Preconditions.CheckNotNull(years).ToImmutableSortedSet(), everyYear: false, weekend, holidays, makeUpWorkingDays)
    {
    }

    private BusinessCalendar(
        string name,
        ImmutableSortedSet<int> years,
        bool everyYear,
        IEnumerable<IsoDayOfWeek> weekend,
        IEnumerable<NamedDay> holidays,
        IEnumerable<NamedDay> makeUpWorkingDays)
    {
        Name = Preconditions.CheckNotBlank(name);
        this.years = years;
        this.everyYear = everyYear;
        Preconditions.CheckArgument(everyYear || years.Count > 0, nameof(years), "A calendar covers at least one year.");
        Preconditions.CheckArgument(years.All(y => y is >= FirstYear and <= LastYear), nameof(years), $"Years run from {FirstYear} to {LastYear}.");
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

        foreach (var day in this.holidays.Keys.Concat(this.makeUpWorkingDays.Keys))
        {
            Preconditions.CheckArgument(CoversYear(day.Year), nameof(years), $"{day:uuuu-MM-dd} lies outside the years the calendar covers.");
        }
    }

    /// <summary>
    /// Gets a calendar with Saturday and Sunday off and no holidays in any year (a neutral default for tests and
    /// samples where holidays do not matter). It is the one calendar that covers every year; it has no file form.
    /// </summary>
    public static BusinessCalendar WeekendsOnly { get; } =
        new("weekends-only", [], everyYear: true, [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [], []);

    /// <summary>
    /// Gets mainland China's official calendar of 2025 and 2026, shipped with the package (GEN-08): Saturday and Sunday
    /// off, the public holidays and the make-up working days (调休) the State Council published for both years. Add a
    /// year it lacks with <see cref="With"/>: <c>BusinessCalendar.ChinaMainland.With(calendar2027)</c>.
    /// </summary>
    public static BusinessCalendar ChinaMainland => ShippedCalendars.ChinaMainland;

    /// <summary>Gets mainland China's official calendar of 2025 alone (State Council notice 国办发明电〔2024〕12号).</summary>
    public static BusinessCalendar ChinaMainland2025 => ShippedCalendars.ChinaMainland2025;

    /// <summary>Gets mainland China's official calendar of 2026 alone (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04).</summary>
    public static BusinessCalendar ChinaMainland2026 => ShippedCalendars.ChinaMainland2026;

    /// <summary>Gets the calendar's name.</summary>
    public string Name { get; }

    /// <summary>Gets the years the calendar covers, in order; empty for <see cref="WeekendsOnly"/>, which covers every year.</summary>
    public IReadOnlyList<int> Years => years;

    /// <summary>Gets whether a year is covered: its holidays and make-up working days are known.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Whether questions about its days are answered.</returns>
    public bool CoversYear(int year) => everyYear || years.Contains(year);

    /// <summary>Gets whether the year of a date is covered.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <see cref="IsWorkingDay"/> answers for it.</returns>
    public bool Covers(LocalDate date) => CoversYear(date.Year);

    /// <summary>
    /// Returns a calendar covering the years of this one and of <paramref name="other"/>, e.g. the shipped calendars
    /// with a year the host loads: <c>BusinessCalendar.ChinaMainland.With(calendar2027)</c>.
    /// </summary>
    /// <param name="other">The calendar of further years.</param>
    /// <returns>The combined calendar, named after both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A year is covered by both (a year comes from one source only, so a loaded year never silently overlaps or
    /// contradicts a shipped one); the weekends differ; or either calendar is <see cref="WeekendsOnly"/>.
    /// </exception>
    public BusinessCalendar With(BusinessCalendar other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Preconditions.CheckArgument(!everyYear && !other.everyYear, nameof(other), "A calendar of every year cannot be combined with another.");
        var both = years.Intersect(other.years);
        Preconditions.CheckArgument(both.Count == 0, nameof(other), $"Both calendars cover {string.Join(", ", both)}: a year comes from one calendar only.");
        Preconditions.CheckArgument(weekend.SetEquals(other.weekend), nameof(other), "The calendars have different weekends.");
        return new BusinessCalendar(
            $"{Name} + {other.Name}",
            years.Union(other.years),
            everyYear: false,
            weekend,
            holidays.Select(p => new NamedDay(p.Key, p.Value)).Concat(other.Holidays),
            makeUpWorkingDays.Select(p => new NamedDay(p.Key, p.Value)).Concat(other.MakeUpWorkingDays));
    }

    /// <summary>Gets the weekend days, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> Weekend => weekend.Order().ToList();

    /// <summary>Gets the public holidays in date order.</summary>
    public IReadOnlyList<NamedDay> Holidays => holidays.Select(p => new NamedDay(p.Key, p.Value)).OrderBy(d => d.Date).ToList();

    /// <summary>Gets the make-up working days in date order.</summary>
    public IReadOnlyList<NamedDay> MakeUpWorkingDays => makeUpWorkingDays.Select(p => new NamedDay(p.Key, p.Value)).OrderBy(d => d.Date).ToList();

    /// <summary>Gets whether a date is a working day.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <returns>True for a make-up working day, or a day that is neither a holiday nor a weekend day.</returns>
    /// <exception cref="YearNotCoveredException">The calendar does not cover the date's year (GEN-08).</exception>
    public bool IsWorkingDay(LocalDate date) =>
        makeUpWorkingDays.ContainsKey(Covered(date)) || (!holidays.ContainsKey(date) && !weekend.Contains(date.DayOfWeek));

    /// <summary>Gets whether a date is a public holiday of the calendar.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is listed as a holiday.</returns>
    /// <exception cref="YearNotCoveredException">The calendar does not cover the date's year (GEN-08).</exception>
    public bool IsHoliday(LocalDate date) => holidays.ContainsKey(Covered(date));

    /// <summary>
    /// Returns the <paramref name="workingDays"/>-th working day after <paramref name="start"/> (or before it, for a
    /// negative count). The start day itself is never counted; zero returns <paramref name="start"/> unchanged.
    /// </summary>
    /// <param name="start">The day to count from (e.g. the approval day of CAN-05).</param>
    /// <param name="workingDays">How many working days to move.</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="YearNotCoveredException">The count reaches a day of a year the calendar does not cover (GEN-08).</exception>
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
    /// <exception cref="YearNotCoveredException">A counted day lies in a year the calendar does not cover (GEN-08).</exception>
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
    public override string ToString() =>
        $"{Name} ({(everyYear ? "every year" : string.Join(", ", years))}; {holidays.Count} holidays, {makeUpWorkingDays.Count} make-up working days)";

    private LocalDate Covered(LocalDate date) => Covers(date) ? date : throw new YearNotCoveredException(Name, date);

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
