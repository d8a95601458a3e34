using System.Threading.Tasks;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Testing.Stores;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

/// <summary>The in-memory store keeps every promise of the store conformance suite (the PostgreSQL store runs the same checks).</summary>
public sealed class InMemoryStoreConformanceTests
{
    // One store for every open: "reopening" an in-memory store is handing out the same instance. Yielding after each
    // read lets concurrent writers really decide on the same version.
    private readonly InMemoryEventStore<ContractRegisterEvent> store = new(InMemoryEventStoreOptions.Yielding);

    public static TheoryData<string> Checks => new(StoreConformance.CheckNames);

    [Theory]
    [MemberData(nameof(Checks))]
    public Task In_memory_store_conforms(string check) => new StoreConformance(() => store).RunAsync(check);

    [Fact]
    public async Task A_store_that_loses_an_append_fails_the_suite()
    {
        var broken = new StoreConformance(() => new InMemoryEventStore<ContractRegisterEvent>());
        var failure = await Assert.ThrowsAsync<StoreConformanceException>(() => broken.RunAsync("command ID, actor and time survive a reopen"));
        Assert.Contains("does not carry command", failure.Message);
    }
}
