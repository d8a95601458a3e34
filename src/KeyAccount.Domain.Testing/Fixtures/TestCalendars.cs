using KeyAccount.Domain.Calendars;

namespace KeyAccount.Domain.Testing.Fixtures;

/// <summary>Business calendars for tests: the official calendars the main package ships (<see cref="BusinessCalendar.ChinaMainland"/>).</summary>
public static class TestCalendars
{
    /// <summary>
    /// Gets mainland China's calendar of 2025 and 2026 (the default of <see cref="DecisionContextBuilder"/>): weekends,
    /// the public holidays and the make-up working days (调休) of both years. Other years are not covered (GEN-08).
    /// </summary>
    public static BusinessCalendar ChinaMainland => BusinessCalendar.ChinaMainland;

    /// <summary>
    /// Gets mainland China's 2025 calendar alone (State Council notice 国办发明电〔2024〕12号): the public holidays and
    /// the make-up working days (调休) of 2025. Other years, 2026 included, are not covered (GEN-08).
    /// </summary>
    public static BusinessCalendar ChinaMainland2025 => BusinessCalendar.ChinaMainland2025;
}
