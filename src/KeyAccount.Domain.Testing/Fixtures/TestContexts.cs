using KeyAccount.Domain.Decisions;
using NodaTime;

namespace KeyAccount.Domain.Testing.Fixtures;

/// <summary>
/// Ready-made decision contexts: Asia/Shanghai, the 2025–2026 calendar of mainland China, a fixed time, and the two
/// open projects of <see cref="TestProjects"/> as sources for subscription drafts.
/// </summary>
public static class TestContexts
{
    /// <summary>Gets a context at 10:00 Beijing time on Monday 2025-03-03, with the catalogue's default policies.</summary>
    public static DecisionContext Default { get; } = On(new LocalDate(2025, 3, 3));

    /// <summary>Returns a context at a Beijing time on a date (the calendar covers 2025 and 2026).</summary>
    /// <param name="date">The business date.</param>
    /// <param name="hour">The hour, 0–23 (default 10).</param>
    /// <returns>The context.</returns>
    public static DecisionContext On(LocalDate date, int hour = 10) =>
        new DecisionContextBuilder().At(date.At(new LocalTime(hour, 0))).Build().WithOpenProjects();
}
