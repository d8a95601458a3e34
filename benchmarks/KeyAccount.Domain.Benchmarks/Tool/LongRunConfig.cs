using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KeyAccount.Domain.Benchmarks.Tool;

/// <summary>
/// For benchmarks of whole files, which take from seconds to minutes per run on a loaded machine: in process, with a
/// two-hour limit instead of the in-process toolchain's default, one warm-up and three single runs (monitoring
/// strategy). Added only when the command line names no job of its own, so that <c>--job dry</c> in CI runs each
/// method once.
/// </summary>
internal sealed class LongRunConfig : ManualConfig
{
    public LongRunConfig()
    {
        var args = Environment.GetCommandLineArgs();
        if (!args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal)))
        {
            AddJob(Job.Default
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true))
                .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
        }
    }
}
