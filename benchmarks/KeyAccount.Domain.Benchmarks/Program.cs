using BenchmarkDotNet.Running;

namespace KeyAccount.Domain.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release -- --filter '*'</c>; add <c>--job dry</c> for a smoke run.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
