using Xunit;

namespace KeyAccount.SalesOffice.Tests;

/// <summary>The same flow on the PostgreSQL named by <c>KEYACCOUNT_POSTGRES</c>: skipped on a developer's machine without one, failing under CI (<c>CI=true</c>).</summary>
public sealed class PostgresSalesOfficeTests
{
    public const string Variable = "KEYACCOUNT_POSTGRES";

    [PostgresFact]
    [Trait("Rule", "SUB-08")]
    public async Task The_flow_runs_over_http_on_postgresql()
    {
        await using var factory = new SalesOfficeFactory(ConnectionString());
        await new SalesOfficeFlow(factory).RunAsync();
    }

    [PostgresFact]
    [Trait("Rule", "REC-06")]
    [Trait("Rule", "REC-03")]
    [Trait("Rule", "REC-04")]
    public async Task The_day_is_reconciled_explained_and_closed_over_http_on_postgresql()
    {
        await using var factory = new SalesOfficeFactory(ConnectionString());
        await SalesDayClose.RunAsync(factory);
    }

    /// <summary>The connection string of <c>KEYACCOUNT_POSTGRES</c>; under CI a missing one fails the test.</summary>
    public static string ConnectionString() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"CI=true and {Variable} is not set: the PostgreSQL tests must run (bash build/postgres.sh start).");

    /// <summary>A test that needs PostgreSQL.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class PostgresFactAttribute : FactAttribute
    {
        public PostgresFactAttribute()
        {
            Skip = Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
                ? $"No PostgreSQL: set {Variable}, or run `bash build/postgres.sh start`."
                : null;
        }
    }
}
