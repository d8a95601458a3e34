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
        var connectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"CI=true and {Variable} is not set: the PostgreSQL tests must run (bash build/postgres.sh start).");
        await using var factory = new SalesOfficeFactory(connectionString);
        await new SalesOfficeFlow(factory).RunAsync();
    }

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
