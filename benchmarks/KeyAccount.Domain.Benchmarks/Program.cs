using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using KeyAccount.Domain.Comparisons;

namespace KeyAccount.Domain.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release -- --filter '*'</c>; add <c>--job dry</c> for a smoke run.
/// <c>-- --peak-memory [rows]</c> reconciles one generated day (10,000,000 payments by default) and prints the time
/// and the process's peak working set instead. <c>-- --cpu-time [rows]</c> (1,000,000 by default) measures the CPU
/// time of the single-threaded reconciler on serial and on sparse numbers against the single-threaded floor, each
/// the median of 7 samples of 5 runs, which a machine busy with other work disturbs less than wall-clock time.
/// The store benchmarks write to the PostgreSQL of <c>KEYACCOUNT_POSTGRES</c> and are left out without it.
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

        if (args.Length > 0 && args[0] == "--cpu-time")
        {
            CpuTime(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000);
            return;
        }

        var config = DefaultConfig.Instance;
        if (Store.Postgres.ConnectionString is null)
        {
            Console.WriteLine($"{Store.Postgres.Variable} is not set: the store benchmarks (category '{Store.Postgres.Category}') are left out; `bash build/postgres.sh start` prints a connection string.");
            config = config.AddFilter(new SimpleFilter(b => !b.Descriptor.Categories.Contains(Store.Postgres.Category)));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
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

    private static void CpuTime(int rows)
    {
        var serial = ReconciliationData.Generate(rows, seed: 20250303);
        var sparse = serial.WithSparseNumbers();
        var floor = Median(() => ScanFloor.Sum(serial));
        var dense = Median(() => serial.Reconcile(1));
        var partitioned = Median(() => sparse.Reconcile(1));
        Console.WriteLine(FormattableString.Invariant(
            $"{rows:N0} payments, one core, CPU time per run (median of 7 samples of 5): floor {floor:F1} ms; reconciler on serial numbers {dense:F1} ms ({dense / floor:F1}× the floor); on sparse numbers {partitioned:F1} ms ({partitioned / floor:F1}×)"));
    }

    private static double Median(Func<object> run)
    {
        run();
        var times = new double[7];
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < times.Length; i++)
        {
            GC.Collect();
            process.Refresh();
            var before = process.TotalProcessorTime;
            // Five runs per sample: the process's CPU time may be counted in clock ticks of 10 ms.
            for (var k = 0; k < 5; k++)
            {
                GC.KeepAlive(run());
            }

            process.Refresh();
            times[i] = (process.TotalProcessorTime - before).TotalMilliseconds / 5;
        }

        Array.Sort(times);
        return times[times.Length / 2];
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
