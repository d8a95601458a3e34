using System;
using System.IO;
using KeyAccount.Domain.Calendars;

namespace KeyAccount.Domain.Testing.Fixtures;

/// <summary>Sample business calendars for tests.</summary>
public static class TestCalendars
{
    private static readonly Lazy<BusinessCalendar> China2025 = new(LoadChina2025);

    /// <summary>
    /// Gets mainland China's 2025 calendar (State Council notice 国办发明电〔2024〕12号): weekends, the public holidays
    /// and the make-up working days (调休) of 2025. Dates outside 2025 follow the weekend rule only.
    /// </summary>
    public static BusinessCalendar ChinaMainland2025 => China2025.Value;

    private static BusinessCalendar LoadChina2025()
    {
        using var stream = typeof(TestCalendars).Assembly.GetManifestResourceStream("KeyAccount.Domain.Testing.cn-mainland-2025.json")
            ?? throw new InvalidOperationException("The embedded 2025 calendar is missing from the test kit.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return BusinessCalendarJson.Parse(buffer.ToArray()).Match(c => c, e => throw new InvalidOperationException(e.ToString()));
    }
}
