using System;
using System.Threading.Tasks;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Testing.Stores;
using Xunit;

namespace KeyAccount.Domain.Marten.Tests;

/// <summary>The PostgreSQL store keeps every promise of the store conformance suite, as the in-memory store does.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MartenStoreConformanceTests(PostgresDatabase database)
{
    // Conflicting appends roll back and leave gaps in Marten's sequence; the tests pass them quickly.
    private static readonly MartenEventStoreOptions Options = new(TimeSpan.FromMilliseconds(300));

    public static TheoryData<string> Checks => new(StoreConformance.CheckNames);

    [PostgresTheory]
    [MemberData(nameof(Checks))]
    public Task Marten_store_conforms(string check) =>
        new StoreConformance(() => new MartenEventStore<ContractRegisterEvent>(database.Store, Options)).RunAsync(check);
}
