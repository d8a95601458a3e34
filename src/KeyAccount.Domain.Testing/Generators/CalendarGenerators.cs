using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Calendars;
using NodaTime;

namespace KeyAccount.Domain.Testing.Generators;

/// <summary>
/// Plausible business calendars for hosts that load their own (GEN-08): Saturday and Sunday off, New Year's Day, and
/// blocks of public holidays with make-up working days (调休) on the weekends around them, as the State Council
/// arranges them — so that a host's date code is tested against arrangements it has not seen.
/// </summary>
/// <remarks>
/// Each year has New Year's Day and three to six further blocks of one to eight consecutive days off, starting on any
/// day from February to mid-December; each block has zero to two make-up working days, each a Saturday or Sunday within
/// ten days before or after it that is not itself a day off.
/// </remarks>
public static class CalendarGenerators
{
    /// <summary>Returns plausible calendars covering consecutive years.</summary>
    /// <param name="firstYear">The first year covered.</param>
    /// <param name="years">How many years are covered (at least one).</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is less than one.</exception>
    public static Gen<BusinessCalendar> Plausible(int firstYear, int years = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        var block =
            from start in Gen.Choose(32, 345)
            from length in Gen.Choose(1, 8)
            from makeUps in Gen.Choose(0, 2)
            from offsets in Gen.Choose(1, 10).ListOf(makeUps)
            from before in Gen.Elements(true, false).ListOf(makeUps)
            select (start, length, Offsets: offsets.Zip(before, (o, b) => b ? -o : o).ToList());
        var year = Gen.Choose(3, 6).SelectMany(n => block.ListOf(n));
        return year.ListOf(years).Select(blocks => Build(firstYear, blocks.ToList()));
    }

    private static BusinessCalendar Build(int firstYear, List<List<(int Start, int Length, List<int> Offsets)>> years)
    {
        var holidays = new Dictionary<LocalDate, string>();
        var makeUps = new Dictionary<LocalDate, string>();
        for (var i = 0; i < years.Count; i++)
        {
            var january = new LocalDate(firstYear + i, 1, 1);
            holidays[january] = "New Year's Day";
            for (var b = 0; b < years[i].Count; b++)
            {
                var (start, length, offsets) = years[i][b];
                var first = january.PlusDays(start - 1);
                var name = $"Holiday {b + 1}";
                for (var d = 0; d < length && first.PlusDays(d).Year == january.Year; d++)
                {
                    holidays.TryAdd(first.PlusDays(d), name);
                }

                foreach (var offset in offsets)
                {
                    // The |offset|-th weekend day (counted round) among those within ten days before or after the block.
                    var around = Enumerable.Range(1, 10)
                        .Select(d => offset < 0 ? first.PlusDays(-d) : first.PlusDays(length - 1 + d))
                        .Where(d => d.Year == january.Year && d.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday && !holidays.ContainsKey(d))
                        .ToList();
                    if (around.Count > 0)
                    {
                        makeUps.TryAdd(around[(Math.Abs(offset) - 1) % around.Count], name);
                    }
                }
            }
        }

        foreach (var day in makeUps.Keys.Where(holidays.ContainsKey).ToList())
        {
            makeUps.Remove(day);
        }

        return new BusinessCalendar(
            $"plausible {firstYear}" + (years.Count > 1 ? $"–{firstYear + years.Count - 1}" : string.Empty),
            Enumerable.Range(firstYear, years.Count),
            [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
            holidays.Select(p => new NamedDay(p.Key, p.Value)),
            makeUps.Select(p => new NamedDay(p.Key, p.Value)));
    }
}
