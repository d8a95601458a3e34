using System;
using System.Threading.Tasks;
using Marten;
using Xunit;

namespace KeyAccount.Domain.Marten.Tests;

/// <summary>The test database: one Marten store over the server named by <c>KEYACCOUNT_POSTGRES</c>, its schema emptied once per run.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string Variable = "KEYACCOUNT_POSTGRES";

    public const string Schema = "keyaccount_tests";

    /// <summary>Gets why the tests are skipped: no server and not under CI; null when they run.</summary>
    public static string? SkipReason =>
        ConnectionStringOrNull() is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? $"No PostgreSQL: set {Variable}, or run `bash build/postgres.sh test`."
            : null;

    public DocumentStore Store { get; private set; } = null!;

    public static string ConnectionString =>
        ConnectionStringOrNull() ?? throw new InvalidOperationException($"CI=true and {Variable} is not set: the PostgreSQL tests must run (bash build/postgres.sh start).");

    public static DocumentStore OpenStore() => DocumentStore.For(o => KeyAccountMarten.Configure(o, ConnectionString, Schema));

    public async Task InitializeAsync()
    {
        Store = OpenStore();
        await Store.Advanced.Clean.CompletelyRemoveAllAsync();
        await Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    private static string? ConnectionStringOrNull() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresDatabase>
{
    public const string Name = "PostgreSQL";
}
