using System;

namespace KeyAccount.Domain.Benchmarks;

/// <summary>Whether the run is CI's smoke run (<c>KEYACCOUNT_BENCHMARK_SMOKE=1</c>): the sizes shrink to the smallest
/// one, so that every method still runs once, on the same code, in little time.</summary>
internal static class Smoke
{
    public static bool IsOn { get; } = Environment.GetEnvironmentVariable("KEYACCOUNT_BENCHMARK_SMOKE") == "1";
}
