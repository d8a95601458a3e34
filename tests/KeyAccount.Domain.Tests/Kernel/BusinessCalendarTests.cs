using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

[Trait("Rule", "CAN-05")]
[Trait("Rule", "SITE-01")]
public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Calendar = TestCalendars.ChinaMainland;

    // March 2025 – October 2026: forty working days either way stay within the years the calendar covers.
    private static readonly Arbitrary<LocalDate> Dates =
        Gen.Choose(0, 609).Select(d => new LocalDate(2025, 3, 1).PlusDays(d)).ToArbitrary();

    [Theory]
    [InlineData("2025-01-26", true)]  // Sunday, make-up working day
    [InlineData("2025-02-08", true)]  // Saturday, make-up working day
    [InlineData("2025-01-01", false)] // New Year's Day, a Wednesday
    [InlineData("2025-10-08", false)] // last day of the National Day holiday
    [InlineData("2025-10-11", true)]  // Saturday, make-up working day
    [InlineData("2025-03-08", false)] // an ordinary Saturday
    [InlineData("2025-03-07", true)]  // an ordinary Friday
    public void Working_days_follow_weekends_holidays_and_make_up_days(string date, bool working)
    {
        Assert.Equal(working, Calendar.IsWorkingDay(Parse(date)));
    }

    [Fact]
    public void Zero_working_days_is_the_start_day_and_counting_back_mirrors_counting_forward()
    {
        Assert.Equal(Parse("2025-10-04"), Calendar.AddWorkingDays(Parse("2025-10-04"), 0));
        Assert.Equal(Parse("2025-09-30"), Calendar.AddWorkingDays(Parse("2025-10-09"), -1));
        Assert.Equal(-1, Calendar.WorkingDaysBetween(Parse("2025-10-09"), Parse("2025-09-30")));
    }

    [Property]
    public Property Adding_working_days_always_lands_on_a_working_day() =>
        Prop.ForAll(Dates, Gen.Choose(-40, 40).Where(n => n != 0).ToArbitrary(), (start, n) =>
            Calendar.IsWorkingDay(Calendar.AddWorkingDays(start, n)));

    [Property]
    public Property Counting_back_gives_the_number_added() =>
        Prop.ForAll(Dates, Gen.Choose(-40, 40).ToArbitrary(), (start, n) =>
            Calendar.WorkingDaysBetween(start, Calendar.AddWorkingDays(start, n)) == n);

    [Property]
    public Property Adding_is_monotone_and_never_lands_on_a_day_counted_before() =>
        Prop.ForAll(Dates, Gen.Choose(0, 30).ToArbitrary(), (start, n) =>
            Calendar.AddWorkingDays(start, n) <= Calendar.AddWorkingDays(start, n + 1)
            && Calendar.AddWorkingDays(start, n + 1) > start);

    [Property]
    public Property Counting_forward_is_additive_over_an_intermediate_day() =>
        Prop.ForAll(Dates, Dates, Dates, (x, y, z) =>
        {
            // Forward counts cover (start, end]; consecutive intervals add up.
            var ordered = new[] { x, y, z }.Order().ToArray();
            var (a, b, c) = (ordered[0], ordered[1], ordered[2]);
            return Calendar.WorkingDaysBetween(a, b) + Calendar.WorkingDaysBetween(b, c) == Calendar.WorkingDaysBetween(a, c);
        });

    [Fact]
    public void A_calendar_round_trips_through_its_file_format()
    {
        var text = BusinessCalendarJson.Write(Calendar);
        var read = BusinessCalendarJson.Parse(text).AsT0;
        Assert.Equal(Calendar.Name, read.Name);
        Assert.Equal(Calendar.Years, read.Years);
        Assert.Equal(Calendar.Holidays, read.Holidays);
        Assert.Equal(Calendar.MakeUpWorkingDays, read.MakeUpWorkingDays);
        Assert.Equal(Calendar.Weekend, read.Weekend);
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"weekend\":[],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.name")]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[\"funday\"],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.weekend[0]")]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[\"6\"],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.weekend[0]")]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[\"sunday\",\"sunday\"],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.weekend[1]")]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[],\"holidays\":[{\"name\":\"h\",\"date\":\"2025-02-30\"}],\"makeUpWorkingDays\":[]}", "$.holidays[0].date")]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[],\"holidays\":[{\"name\":\"h\",\"from\":\"2025-02-03\",\"to\":\"2025-02-01\"}],\"makeUpWorkingDays\":[]}", "$.holidays[0].to")]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[],\"holidays\":[{\"name\":\"h\",\"from\":\"2025-01-01\",\"to\":\"2999-01-01\"}],\"makeUpWorkingDays\":[]}", "$.holidays[0]")]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[],\"holidays\":[{\"name\":\"h\",\"date\":\"2025-01-01\",\"extra\":1}],\"makeUpWorkingDays\":[]}", "$.holidays[0].extra")]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[\"sunday\"],\"holidays\":[],\"makeUpWorkingDays\":[{\"name\":\"m\",\"date\":\"2025-01-27\"}]}", "$")]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[\"sunday\"],\"holidays\":[{\"name\":\"h\",\"date\":\"2025-01-26\"}],\"makeUpWorkingDays\":[{\"name\":\"m\",\"date\":\"2025-01-26\"}]}", "$")]
    [InlineData("{\"name\":\"x\",\"name\":\"y\",\"weekend\":[],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.name")]
    [InlineData("{\"name\":\"x\",\"weekend\":[],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.years")]
    [InlineData("{\"name\":\"x\",\"years\":[],\"weekend\":[],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.years")]
    [InlineData("{\"name\":\"x\",\"years\":[\"2025\"],\"weekend\":[],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.years[0]")]
    [InlineData("{\"name\":\"x\",\"years\":[2025.5],\"weekend\":[],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.years[0]")]
    [InlineData("{\"name\":\"x\",\"years\":[10000],\"weekend\":[],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.years[0]")]
    [InlineData("{\"name\":\"x\",\"years\":[2025,2025],\"weekend\":[],\"holidays\":[],\"makeUpWorkingDays\":[]}", "$.years[1]")]
    [InlineData("{\"name\":\"x\",\"years\":[2025],\"weekend\":[],\"holidays\":[{\"name\":\"h\",\"date\":\"2026-01-01\"}],\"makeUpWorkingDays\":[]}", "$")]
    public void A_broken_calendar_file_says_where_and_why(string json, string path)
    {
        var error = BusinessCalendarJson.Parse(json).AsT1;
        Assert.Equal(path, error.Path);
        Assert.False(string.IsNullOrWhiteSpace(error.Reason));
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_text_never_throws(string text) =>
        BusinessCalendarJson.Parse(text ?? "").Match(_ => true, e => e.Reason.Length > 0);

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
