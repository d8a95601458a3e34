using System;
using System.IO;

namespace KeyAccount.Domain.Calendars;

/// <summary>
/// The official calendars the package ships as embedded data (GEN-08), in the file format of
/// <see cref="BusinessCalendarJson"/>; read once, on first use. Hosts reach them through
/// <see cref="BusinessCalendar.ChinaMainland"/> and its single years.
/// </summary>
internal static class ShippedCalendars
{
    private static readonly Lazy<BusinessCalendar> China2025 = new(() => Embedded("cn-mainland-2025"));
    private static readonly Lazy<BusinessCalendar> China2026 = new(() => Embedded("cn-mainland-2026"));
    private static readonly Lazy<BusinessCalendar> China = new(() => China2025.Value.With(China2026.Value));

    internal static BusinessCalendar ChinaMainland => China.Value;

    internal static BusinessCalendar ChinaMainland2025 => China2025.Value;

    internal static BusinessCalendar ChinaMainland2026 => China2026.Value;

    private static BusinessCalendar Embedded(string name)
    {
        using var stream = typeof(ShippedCalendars).Assembly.GetManifestResourceStream($"KeyAccount.Domain.Calendars.{name}.json")
            ?? throw new InvalidOperationException($"The embedded calendar {name} is missing from the package.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return BusinessCalendarJson.Parse(buffer.ToArray()).Match(c => c, e => throw new InvalidOperationException($"The embedded calendar {name} is broken: {e}"));
    }
}
