using System;
using System.Text.Json;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

/// <summary>Money at the limits of decimal, rounding ties, calendars across a year end, and days around daylight-saving changes.</summary>
public sealed class EdgeCaseTests
{
    [Theory]
    [Trait("Rule", "GEN-04")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    public void Money_at_the_limits_of_decimal_survives_json_and_rounding(string text)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var options = KeyAccountJson.CreateOptions();
        var money = Money.Cny(amount);

        Assert.Equal(money, JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money, options), options));
        Assert.Equal(Math.Round(amount, 2, MidpointRounding.AwayFromZero), money.Round().Amount);
    }

    [Theory]
    [Trait("Rule", "GEN-04")]
    [Trait("Rule", "GEN-09")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-0.0000000000000000000000000001")]
    public void The_smallest_decimal_rounds_to_zero_and_a_document_cannot_carry_it(string text)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var options = KeyAccountJson.CreateOptions();
        var money = Money.Cny(amount);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(JsonSerializer.Serialize(money, options), options));
        Assert.Equal(0m, money.Round().Amount);
    }

    [Theory]
    [Trait("Rule", "GEN-04")]
    [InlineData("0.125", "0.13", "0.12")]
    [InlineData("-0.125", "-0.13", "-0.12")]
    [InlineData("0.135", "0.14", "0.14")]
    [InlineData("1.005", "1.01", "1.00")]
    [InlineData("-1.005", "-1.01", "-1.00")]
    public void Rounding_ties_follow_the_named_policy(string amount, string awayFromZero, string toEven)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(D(awayFromZero), Money.Cny(D(amount)).Round(RoundingPolicy.HalfAwayFromZeroToCent).Amount);
        Assert.Equal(D(toEven), Money.Cny(D(amount)).Round(RoundingPolicy.HalfToEvenToCent).Amount);
    }

    [Fact]
    [Trait("Rule", "CAN-05")]
    public void Working_days_are_counted_across_a_year_end_and_a_long_holiday()
    {
        // A synthetic calendar (not an official arrangement): New Year holiday 1–3 January with Sunday 4 January worked.
        var calendar = new BusinessCalendar("year-end test", [2025, 2026], [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
            [new NamedDay(new LocalDate(2026, 1, 1), "New Year"), new NamedDay(new LocalDate(2026, 1, 2), "New Year"), new NamedDay(new LocalDate(2026, 1, 3), "New Year")],
            [new NamedDay(new LocalDate(2026, 1, 4), "New Year make-up day")]);

        // Approved Tuesday 30 December: Wed 31 (1), Sun 4 (2), Mon 5 (3), Tue 6 (4), Wed 7 (5).
        Assert.Equal(new LocalDate(2026, 1, 7), calendar.AddWorkingDays(new LocalDate(2025, 12, 30), 5));
        Assert.Equal(5, calendar.WorkingDaysBetween(new LocalDate(2025, 12, 30), new LocalDate(2026, 1, 7)));
        Assert.Equal(new LocalDate(2025, 12, 30), calendar.AddWorkingDays(new LocalDate(2026, 1, 7), -5));
    }

    [Fact]
    [Trait("Rule", "CAN-05")]
    public void The_eight_day_national_day_holiday_is_skipped_whole()
    {
        var calendar = TestCalendars.ChinaMainland2025;
        Assert.Equal(new LocalDate(2025, 10, 9), calendar.AddWorkingDays(new LocalDate(2025, 9, 30), 1));
        Assert.Equal(0, calendar.WorkingDaysBetween(new LocalDate(2025, 9, 30), new LocalDate(2025, 10, 8)));
    }

    [Theory]
    [Trait("Rule", "GEN-01")]
    [InlineData(2025, 3, 30, 0, 59, 30)] // one minute before clocks go forward in Berlin (01:00 UTC)
    [InlineData(2025, 3, 30, 1, 0, 30)]  // the instant they do
    [InlineData(2025, 10, 26, 0, 59, 26)] // one minute before clocks go back
    [InlineData(2025, 10, 26, 1, 30, 26)] // during the repeated hour
    [InlineData(2025, 10, 25, 22, 30, 26)] // just after midnight local time (CEST, UTC+2)
    [InlineData(2025, 10, 25, 21, 30, 25)] // just before midnight local time
    public void The_business_date_follows_the_zone_across_daylight_saving_changes(int y, int m, int d, int h, int min, int expectedDay)
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var context = new DecisionContext(Instant.FromUtc(y, m, d, h, min), berlin, BusinessCalendar.WeekendsOnly);
        Assert.Equal(expectedDay, context.Today.Day);
    }

    [Fact]
    public void A_local_time_skipped_by_daylight_saving_is_resolved_forward_by_the_test_kit()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var context = new DecisionContextBuilder().InZone(berlin).At(new LocalDateTime(2025, 3, 30, 2, 30)).Build();
        Assert.Equal(Instant.FromUtc(2025, 3, 30, 1, 30), context.Now);
    }
}
