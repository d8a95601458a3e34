using System.IO;
using System.Linq;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>The calendars the package ships (GEN-08) against the specification's tables and worked examples.</summary>
public sealed class OfficialCalendarTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendar.ChinaMainland;

    [Theory]
    [Trait("Rule", "CAN-05")]
    [Trait("Rule", "GEN-08")]
    [InlineData("2025-03-03", "2025-03-10")] // an ordinary week: Tue–Fri, then Monday
    [InlineData("2025-09-26", "2025-10-10")] // Sunday 28 September is worked; 1–8 October are holidays
    [InlineData("2025-01-24", "2025-02-07")] // Sunday 26 January is worked; the Spring Festival runs 28 January – 4 February
    [InlineData("2025-12-30", "2026-01-07")] // across the turn of the year: 1–3 January off, Sunday 4 January worked
    [InlineData("2026-02-13", "2026-02-27")] // Saturday 14 February worked; the Spring Festival runs 15–23 February
    [InlineData("2026-04-30", "2026-05-11")] // Labour Day 1–5 May; Saturday 9 May worked
    [InlineData("2026-09-24", "2026-10-09")] // Mid-Autumn 25–27 September, National Day 1–7 October
    [InlineData("2026-09-30", "2026-10-13")] // Saturday 10 October worked
    public void The_worked_examples_of_both_official_arrangements_hold(string approved, string payable)
    {
        Assert.Equal(Parse(payable), Calendar.AddWorkingDays(Parse(approved), 5));
        Assert.Equal(5, Calendar.WorkingDaysBetween(Parse(approved), Parse(payable)));
        Assert.Equal(Parse(payable), OfficialCalendarTable.AddWorkingDays(Parse(approved), 5).Reached);
    }

    [Fact]
    [Trait("Rule", "GEN-08")]
    public void The_last_day_of_2026_plus_five_working_days_is_refused_naming_2027()
    {
        var refused = Assert.Throws<YearNotCoveredException>(() => Calendar.AddWorkingDays(new LocalDate(2026, 12, 31), 5));
        Assert.Equal(2027, refused.Year);
        Assert.Equal(new LocalDate(2027, 1, 1), refused.Date);
    }

    [Fact]
    [Trait("Rule", "GEN-08")]
    public void With_the_2025_calendar_alone_the_turn_of_the_year_is_refused_naming_2026_instead_of_falling_back_to_weekends()
    {
        var refused = Assert.Throws<YearNotCoveredException>(() => BusinessCalendar.ChinaMainland2025.AddWorkingDays(new LocalDate(2025, 12, 30), 5));
        Assert.Equal(2026, refused.Year);
    }

    [Fact]
    [Trait("Rule", "GEN-08")]
    public void The_shipped_calendars_hold_exactly_the_days_of_the_specification_tables()
    {
        Assert.Equal([2025], BusinessCalendar.ChinaMainland2025.Years);
        Assert.Equal([2026], BusinessCalendar.ChinaMainland2026.Years);
        Assert.Equal(OfficialCalendarTable.Years.ToList(), Calendar.Years);
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], Calendar.Weekend);
        Assert.Equal(OfficialCalendarTable.Holidays.Order(), Calendar.Holidays.Select(d => d.Date));
        Assert.Equal(OfficialCalendarTable.MakeUpWorkingDays.Order(), Calendar.MakeUpWorkingDays.Select(d => d.Date));
        Assert.Equal((28, 5), (BusinessCalendar.ChinaMainland2025.Holidays.Count, BusinessCalendar.ChinaMainland2025.MakeUpWorkingDays.Count));
        Assert.Equal((33, 6), (BusinessCalendar.ChinaMainland2026.Holidays.Count, BusinessCalendar.ChinaMainland2026.MakeUpWorkingDays.Count));
    }

    [Fact]
    public void Every_day_of_both_years_is_worked_exactly_when_the_tables_say_so()
    {
        for (var day = new LocalDate(2025, 1, 1); day.Year <= 2026; day = day.PlusDays(1))
        {
            Assert.True(OfficialCalendarTable.IsWorkingDay(day) == Calendar.IsWorkingDay(day), $"{day:uuuu-MM-dd}");
        }
    }

    [Theory]
    [InlineData("cn-mainland-2025.json", 2025)]
    [InlineData("cn-mainland-2026.json", 2026)]
    public void The_sample_files_are_the_shipped_calendars(string file, int year)
    {
        var shipped = year == 2025 ? BusinessCalendar.ChinaMainland2025 : BusinessCalendar.ChinaMainland2026;
        var sample = BusinessCalendarJson.Load(Path.Combine(DiagramFiles.RepositoryRoot(), "samples", "calendars", file)).AsT0;
        Assert.Equal(BusinessCalendarJson.Write(shipped), BusinessCalendarJson.Write(sample));
    }

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
