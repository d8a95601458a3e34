using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
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
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        // Linux: "5" resets the peak resident set size, so the figure below is the reconciliation's own (input included).
        var reset = TryWrite("/proc/self/clear_refs", "5");
        clock.Restart();
        var report = input.Reconcile();
        var reconciled = clock.Elapsed;
        Console.WriteLine(FormattableString.Invariant(
            $"{rows:N0} payments, {input.ClerkCopies.Length + input.CashierCopies.Length:N0} notice copies; generated in {generated.TotalSeconds:F1} s; input {before / 1e9:F2} GB"));
        Console.WriteLine(FormattableString.Invariant(
            $"reconciled in {reconciled.TotalSeconds:F2} s: {report}; peak resident set {(reset ? "during the reconciliation" : "of the process")} {PeakResidentBytes() / 1e9:F2} GB"));
        GC.KeepAlive(input);
    }

    private static bool TryWrite(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long PeakResidentBytes()
    {
        if (File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
