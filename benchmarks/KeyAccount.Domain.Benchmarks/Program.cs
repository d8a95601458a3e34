using System;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using KeyAccount.Domain.Comparisons;

namespace KeyAccount.Domain.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release -- --filter '*'</c>; add <c>--job dry</c> for a smoke run.
/// <c>-- --peak-memory [rows]</c> reconciles one generated day (10,000,000 payments by default) and prints the time
/// and the process's peak working set instead.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--peak-memory")
        {
            PeakMemory(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void PeakMemory(int rows)
    {
        var clock = Stopwatch.StartNew();
        var input = ReconciliationData.Generate(rows, seed: 20250303);
        var generated = clock.Elapsed;
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        var report = input.Reconcile();
        var reconciled = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant(
            $"{rows:N0} payments, {input.ClerkCopies.Length + input.CashierCopies.Length:N0} notice copies; generated in {generated.TotalSeconds:F1} s; input {before / 1e9:F2} GB"));
        Console.WriteLine(FormattableString.Invariant(
            $"reconciled in {reconciled.TotalSeconds:F2} s: {report}; peak working set {process.PeakWorkingSet64 / 1e9:F2} GB"));
    }
}
