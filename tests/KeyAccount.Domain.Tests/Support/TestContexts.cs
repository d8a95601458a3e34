using System;
using System.IO;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Decisions;
using NodaTime;

namespace KeyAccount.Domain.Tests.Support;

/// <summary>Decision contexts for tests: Asia/Shanghai, the 2025 calendar of mainland China, a fixed time.</summary>
internal static class TestContexts
{
    private static readonly Lazy<BusinessCalendar> Calendar2025 = new(() =>
        BusinessCalendarJson.Load(Path.Combine(AppContext.BaseDirectory, "samples", "calendars", "cn-mainland-2025.json"))
            .Match(c => c, e => throw new InvalidOperationException(e.ToString())));

    /// <summary>The sample calendar of 2025.</summary>
    public static BusinessCalendar China2025 => Calendar2025.Value;

    /// <summary>A context at 10:00 Beijing time on a date.</summary>
    public static DecisionContext On(int year, int month, int day, int hour = 10) =>
        DecisionContext.ChinaMainland(
            new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant(),
            China2025);

    /// <summary>A default context: Monday 2025-03-03, 10:00 Beijing time.</summary>
    public static DecisionContext Default => On(2025, 3, 3);
}
