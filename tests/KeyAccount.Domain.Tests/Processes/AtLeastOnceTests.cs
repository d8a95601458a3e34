using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Subscriptions;
using Xunit;
using static KeyAccount.Domain.Tests.Processes.ProcessSite;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Processes;

/// <summary>At-least-once delivery never doubles an effect (GEN-12, GEN-03): redelivery, an older checkpoint, a crash before the checkpoint.</summary>
[Trait("Rule", "GEN-12")]
[Trait("Rule", "GEN-03")]
public sealed class AtLeastOnceTests
{
    private static async Task<ProcessSite> BusySiteAsync()
    {
        var site = new ProcessSite();
        await site.ListAsync(UnitNo(0), UnitNo(1), UnitNo(2));
        Assert.True(await site.SendAllAsync(SubscriptionNo(0), [.. Effective(SubscriptionNo(0), UnitNo(0)), new SignPreSaleContract(Specialist, "YS-1")]));
        Assert.True(await site.SendAsync(SubscriptionNo(1), Draft(SubscriptionNo(1), UnitNo(0))));
        Assert.True(await site.SendAllAsync(SubscriptionNo(2), [.. Effective(SubscriptionNo(2), UnitNo(1)), new RequestCancellation(Specialist, new CancellationRequest.ChangeUnit(UnitNo(2), Money.Cny(900_000m)), BothPresent)]));
        return site;
    }

    [Fact]
    public async Task Delivering_every_event_twice_changes_nothing()
    {
        var site = await BusySiteAsync();
        var first = await site.RunAsync();
        var after = await site.EverythingAsync();

        await site.Checkpoints.SaveAsync(site.Runner.Name, 0);
        var second = await site.RunAsync();

        Assert.Equal(after.Subscriptions, (await site.EverythingAsync()).Subscriptions);
        Assert.Equal(after.Units, (await site.EverythingAsync()).Units);
        Assert.Contains(first.Dispatches, d => d.Status == ProcessDispatchStatus.Applied);
        // A refusal leaves no trace, so a redelivered refused hold is refused again; its compensation is already there.
        Assert.Equal(
            first.Dispatches.Select(d => d.Status == ProcessDispatchStatus.Refused ? ProcessDispatchStatus.Refused : ProcessDispatchStatus.AlreadyApplied),
            second.Dispatches.Select(d => d.Status));
        Assert.Contains(second.Dispatches, d => d.IsCompensation && d.Status == ProcessDispatchStatus.AlreadyApplied);
        Assert.Equal(first.Dispatches.Select(d => d.Command.CommandId), second.Dispatches.Select(d => d.Command.CommandId));
    }

    [Fact]
    public async Task Replaying_from_an_older_checkpoint_changes_nothing()
    {
        var site = await BusySiteAsync();
        var first = await site.RunAsync();
        var after = await site.EverythingAsync();

        await site.Checkpoints.SaveAsync(site.Runner.Name, first.Checkpoint / 2);
        var replay = await site.RunAsync();

        var now = await site.EverythingAsync();
        Assert.Equal(after.Subscriptions, now.Subscriptions);
        Assert.Equal(after.Units, now.Units);
        Assert.NotEmpty(replay.Dispatches);
        Assert.DoesNotContain(replay.Dispatches, d => d.Status == ProcessDispatchStatus.Applied);
        Assert.Equal(first.Checkpoint, replay.Checkpoint);
    }

    [Fact]
    public async Task A_crash_between_dispatching_and_saving_the_checkpoint_causes_no_double_effect()
    {
        var site = await BusySiteAsync();
        // The fourth subscription event is the signature: its MarkUnitContracted goes out, then the host dies.
        var crashing = new CrashingCheckpoints(crashAtSave: 4);
        site.UseCheckpoints(crashing);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await site.RunAsync());
        Assert.Equal(3, await crashing.LoadAsync(site.Runner.Name));
        Assert.Equal(UnitStatus.Contracted, (await site.UnitAsync(UnitNo(0))).Status);

        var resumed = await site.RunAsync();

        Assert.Equal(ProcessDispatchStatus.AlreadyApplied, resumed.Dispatches[0].Status);
        Assert.IsType<MarkUnitContracted>(resumed.Dispatches[0].Command.Command);
        var fresh = await BusySiteAsync();
        await fresh.RunAsync();
        Assert.Equal(Shape(await fresh.EverythingAsync()), Shape(await site.EverythingAsync()));
    }

    // Every stream's events in order, without the random command IDs of the listings.
    private static (string, string) Shape((System.Collections.Generic.IReadOnlyList<StoredEvent<SubscriptionEvent>> Subscriptions, System.Collections.Generic.IReadOnlyList<StoredEvent<UnitEvent>> Units) all) =>
        (string.Join("\n", all.Subscriptions.Select(e => $"{e.Envelope.Stream} {e.Envelope.Version} {e.Envelope.Event.GetType().Name}").Order(StringComparer.Ordinal)),
         string.Join("\n", all.Units.Select(e => $"{e.Envelope.Stream} {e.Envelope.Version} {e.Envelope.Event}").Order(StringComparer.Ordinal)));

    /// <summary>A checkpoint store whose n-th save fails, as if the host died after the commands of that event went out.</summary>
    private sealed class CrashingCheckpoints(int crashAtSave) : ICheckpointStore
    {
        private readonly InMemoryCheckpointStore inner = new();
        private int saves;

        public ValueTask<long> LoadAsync(string reader, CancellationToken cancellationToken = default) => inner.LoadAsync(reader, cancellationToken);

        public ValueTask SaveAsync(string reader, long position, CancellationToken cancellationToken = default) =>
            ++saves == crashAtSave ? throw new InvalidOperationException("The host died.") : inner.SaveAsync(reader, position, cancellationToken);
    }
}
