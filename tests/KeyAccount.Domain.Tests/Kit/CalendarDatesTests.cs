using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>The kit's dates favour the days around holidays and make-up working days, where working-day counts go
/// wrong, and its plausible calendars are calendars a host could load.</summary>
[Trait("Rule", "GEN-08")]
public sealed class CalendarDatesTests(ITestOutputHelper output)
{
    private static readonly BusinessCalendar China = TestCalendars.ChinaMainland;

    [Fact]
    public void Dates_around_special_days_expose_a_count_that_forgets_make_up_days_several_times_as_often_as_uniform_dates()
    {
        // Up to 2026-12-20, so that five working days stay in the years the calendar covers.
        var (first, last) = (new LocalDate(2025, 1, 1), new LocalDate(2026, 12, 20));
        var uniform = Gen.Choose(0, Period.Between(first, last, PeriodUnits.Days).Days).Select(first.PlusDays).Sample(4000, new Rnd(7UL), 100);
        var biased = CalendarDates.Around(China, first, last).Sample(4000, new Rnd(7UL), 100);
        var uniformShare = uniform.Count(CrossesAMakeUpDay) / 4000.0;
        var biasedShare = biased.Count(CrossesAMakeUpDay) / 4000.0;
        output.WriteLine($"five working days from the date cross a make-up working day: uniform {uniformShare:P1}, around special days {biasedShare:P1}");
        Assert.True(uniformShare is > 0.08 and < 0.2 && biasedShare > 3 * uniformShare, $"uniform {uniformShare:P1}, around special days {biasedShare:P1}");
    }

    [Property]
    public Property Dates_stay_in_their_range_and_the_next_decision_day_never_goes_back_nor_past_the_last_day() =>
        Prop.ForAll(
            CalendarDates.Around(China, new LocalDate(2025, 3, 3), new LocalDate(2026, 12, 31))
                .SelectMany(day => CalendarDates.After(day, China, new LocalDate(2026, 12, 31)).Select(next => (day, next))).ToArbitrary(),
            pair => pair.day >= new LocalDate(2025, 3, 3) && pair.day <= new LocalDate(2026, 12, 31) && pair.next >= pair.day && pair.next <= new LocalDate(2026, 12, 31));

    [Property(MaxTest = 200)]
    public Property Plausible_calendars_cover_their_years_and_make_up_days_fall_on_weekends_next_to_holidays() =>
        Prop.ForAll(CalendarGenerators.Plausible(2027, 2).ToArbitrary(), calendar =>
            calendar.Years.SequenceEqual([2027, 2028])
            && calendar.Holidays.Any(h => h.Date == new LocalDate(2027, 1, 1))
            && calendar.MakeUpWorkingDays.All(d => calendar.IsWorkingDay(d.Date) && d.Date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            && calendar.Holidays.All(h => !calendar.IsWorkingDay(h.Date)));

    [Fact]
    public void Plausible_calendars_mostly_have_make_up_working_days()
    {
        var calendars = CalendarGenerators.Plausible(2027).Sample(200, new Rnd(11UL), 50);
        Assert.True(calendars.Count(c => c.MakeUpWorkingDays.Count > 0) > 150);
    }

    // A count of five working days that skips weekends and holidays but forgets make-up working days differs.
    private static bool CrossesAMakeUpDay(LocalDate start)
    {
        var right = China.AddWorkingDays(start, 5);
        return China.MakeUpWorkingDays.Any(d => d.Date > start && d.Date <= right);
    }
}
