using System;
using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Fuzz;

/// <summary>The fuzz targets, by name.</summary>
internal static class FuzzTargets
{
    /// <summary>Gets every target, in the order the fuzz script runs them.</summary>
    public static IReadOnlyList<IFuzzTarget> All { get; } =
    [
        new EventJsonTarget(),
        LogCommandTarget.Validate,
        LogCommandTarget.Plan,
        new DayFilesTarget(),
        new CalendarTarget(),
    ];

    /// <summary>Finds a target by name.</summary>
    /// <param name="name">The name, e.g. <c>day-files</c>.</param>
    /// <returns>The target, or null.</returns>
    public static IFuzzTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
