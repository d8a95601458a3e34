using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>GEN-08: a calendar states the years it covers and never guesses a day of another year.</summary>
[Trait("Rule", "GEN-08")]
public sealed class CalendarCoverageTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.ChinaMainland;

    /// <summary>Start days across 2025–2026, mostly around holidays, make-up days and the turns of the years.</summary>
    private static readonly Arbitrary<LocalDate> CoveredDays = Gen.OneOf(
            Gen.Elements(OfficialCalendarTable.InterestingDays.AsEnumerable()),
            Gen.Choose(0, 729).Select(d => new LocalDate(2025, 1, 1).PlusDays(d)))
        .ToArbitrary();

    private static readonly Arbitrary<int> Counts = Gen.Choose(-40, 40).ToArbitrary();

    private static readonly BusinessCalendar Loaded2027 = new(
        "2027 (host)", [2027], [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [new NamedDay(new LocalDate(2027, 1, 1), "元旦")], []);

    [Property(MaxTest = 500)]
    public Property Every_count_lands_in_a_covered_year_as_the_tables_say_or_is_refused_naming_the_year_reached() =>
        Prop.ForAll(CoveredDays, Counts, (start, n) =>
        {
            var (reached, missing) = OfficialCalendarTable.AddWorkingDays(start, n);
            if (missing is { } year)
            {
                Assert.Equal(year, Assert.Throws<YearNotCoveredException>(() => Calendar.AddWorkingDays(start, n)).Year);
                Assert.False(Calendar.CoversYear(year));
                return;
            }

            var result = Calendar.AddWorkingDays(start, n);
            Assert.Equal(reached, result);
            Assert.True(Calendar.Covers(result));
        });

    [Property(MaxTest = 300)]
    public Property Adding_then_counting_back_gives_the_number_added_wherever_the_count_stays_covered() =>
        Prop.ForAll(CoveredDays, Counts, (start, n) =>
        {
            if (OfficialCalendarTable.AddWorkingDays(start, n).MissingYear is null)
            {
                var reached = Calendar.AddWorkingDays(start, n);
                Assert.Equal(n, Calendar.WorkingDaysBetween(start, reached));
                if (Calendar.IsWorkingDay(start))
                {
                    // From a working day, n working days there and n back is the same day.
                    Assert.Equal(start, Calendar.AddWorkingDays(reached, -n));
                }
            }
        });

    [Property(MaxTest = 300)]
    public Property Working_days_are_monotone_in_the_count() =>
        Prop.ForAll(CoveredDays, Gen.Choose(0, 30).ToArbitrary(), (start, n) =>
        {
            if (OfficialCalendarTable.AddWorkingDays(start, n + 1).MissingYear is null && OfficialCalendarTable.AddWorkingDays(start, -n - 1).MissingYear is null)
            {
                Assert.True(Calendar.AddWorkingDays(start, n) < Calendar.AddWorkingDays(start, n + 1));
                Assert.True(Calendar.AddWorkingDays(start, -n) > Calendar.AddWorkingDays(start, -n - 1));
            }
        });

    [Theory]
    [InlineData(2024, 12, 31)]
    [InlineData(2027, 1, 4)]
    public void Asking_about_a_day_of_an_uncovered_year_is_refused_naming_it(int y, int m, int d)
    {
        var day = new LocalDate(y, m, d);
        Assert.False(Calendar.Covers(day));
        Assert.Equal(y, Assert.Throws<YearNotCoveredException>(() => Calendar.IsWorkingDay(day)).Year);
        Assert.Equal(y, Assert.Throws<YearNotCoveredException>(() => Calendar.IsHoliday(day)).Year);
        Assert.Equal(y, Assert.Throws<YearNotCoveredException>(() => Calendar.WorkingDaysBetween(new LocalDate(2025, 6, 1), day)).Year);
        Assert.Equal(day, Calendar.AddWorkingDays(day, 0));
    }

    [Fact]
    public void A_year_the_host_loads_extends_the_shipped_calendar()
    {
        var calendar = Calendar.With(Loaded2027);
        Assert.Equal([2025, 2026, 2027], calendar.Years);
        Assert.Equal(new LocalDate(2027, 1, 8), calendar.AddWorkingDays(new LocalDate(2026, 12, 31), 5));
        Assert.Equal(Calendar.Holidays.Count + 1, calendar.Holidays.Count);
        Assert.Equal(Calendar.AddWorkingDays(new LocalDate(2025, 12, 30), 5), calendar.AddWorkingDays(new LocalDate(2025, 12, 30), 5));
    }

    [Fact]
    public void A_loaded_year_may_not_overlap_a_shipped_one_even_when_it_agrees()
    {
        var overlap = Assert.Throws<ArgumentException>(() => Calendar.With(BusinessCalendar.ChinaMainland2026));
        Assert.Contains("2026", overlap.Message, StringComparison.Ordinal);
        var contradicting = new BusinessCalendar("2026 (host)", [2026], [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [], []);
        Assert.Throws<ArgumentException>(() => Calendar.With(contradicting));
    }

    [Fact]
    public void Calendars_with_different_weekends_or_of_every_year_are_not_combined()
    {
        var sundaysOnly = new BusinessCalendar("2027", [2027], [IsoDayOfWeek.Sunday], [], []);
        Assert.Throws<ArgumentException>(() => Calendar.With(sundaysOnly));
        Assert.Throws<ArgumentException>(() => Calendar.With(BusinessCalendar.WeekendsOnly));
        Assert.Throws<ArgumentException>(() => BusinessCalendar.WeekendsOnly.With(Loaded2027));
    }

    [Fact]
    public void Weekends_only_is_the_one_calendar_of_every_year_and_has_no_file_form()
    {
        Assert.Empty(BusinessCalendar.WeekendsOnly.Years);
        Assert.True(BusinessCalendar.WeekendsOnly.CoversYear(2099));
        Assert.True(BusinessCalendar.WeekendsOnly.IsWorkingDay(new LocalDate(2099, 1, 1)));
        Assert.Throws<ArgumentException>(() => BusinessCalendarJson.Write(BusinessCalendar.WeekendsOnly));
    }

    [Fact]
    public void A_calendar_states_at_least_one_year_and_lists_no_day_outside_its_years()
    {
        Assert.Throws<ArgumentException>(() => new BusinessCalendar("none", [], [IsoDayOfWeek.Sunday], [], []));
        Assert.Throws<ArgumentException>(() => new BusinessCalendar("y0", [0], [IsoDayOfWeek.Sunday], [], []));
        Assert.Throws<ArgumentException>(() => new BusinessCalendar("2025", [2025], [IsoDayOfWeek.Sunday], [new NamedDay(new LocalDate(2026, 1, 1), "元旦")], []));
    }
}
