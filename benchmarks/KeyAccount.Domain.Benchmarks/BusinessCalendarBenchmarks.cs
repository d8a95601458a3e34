using BenchmarkDotNet.Attributes;
using KeyAccount.Domain.Calendars;
using NodaTime;

namespace KeyAccount.Domain.Benchmarks;

/// <summary>The cost of the refund due date (CAN-05) on a calendar with holidays: called once per refund decision.</summary>
[MemoryDiagnoser]
public class BusinessCalendarBenchmarks
{
    private static readonly BusinessCalendar Calendar = new(
        "bench",
        [2025],
        [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
        [new NamedDay(new LocalDate(2025, 10, 1), "National Day"), new NamedDay(new LocalDate(2025, 10, 2), "National Day")],
        [new NamedDay(new LocalDate(2025, 9, 28), "make-up")]);

    private readonly LocalDate start = new(2025, 9, 26);

    [Benchmark(Baseline = true)]
    public LocalDate AddFiveWorkingDays() => Calendar.AddWorkingDays(start, 5);

    [Benchmark]
    public int CountAQuarter() => Calendar.WorkingDaysBetween(start, start.PlusDays(90));
}
