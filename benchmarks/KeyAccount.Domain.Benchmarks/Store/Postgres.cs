using System;

namespace KeyAccount.Domain.Benchmarks.Store;

/// <summary>The PostgreSQL the store benchmarks write to: the connection string in <c>KEYACCOUNT_POSTGRES</c>
/// (<c>bash build/postgres.sh start</c> prints one). Without it the benchmarks of <see cref="Category"/> are left out
/// of the run, with a message saying so.</summary>
internal static class Postgres
{
    public const string Category = "postgres";

    public const string Variable = "KEYACCOUNT_POSTGRES";

    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
