using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static KeyAccount.Domain.Marten.Tests.Daemon.SalesSite;

namespace KeyAccount.Domain.Marten.Tests.Daemon;

/// <summary>
/// The processes on Marten's async daemon against the real PostgreSQL: with two host processes on one database each
/// source event is run by one of them and each process step is applied once; a stopped node's work is taken over; a
/// step whose evidence lags is run again, never compensated (GEN-12, GEN-03, GEN-11).
/// </summary>
[Trait("Rule", "GEN-12")]
public sealed class DaemonProcessTests
{
    [PostgresFact]
    [Trait("Rule", "GEN-03")]
    [Trait("Rule", "SUB-08")]
    [Trait("Rule", "SUB-05")]
    public async Task With_two_daemons_on_one_database_each_event_is_run_once_and_each_step_applied_once()
    {
        var site = new SalesSite();
        var schema = DaemonNode.NewSchema();
        await using var first = new DaemonNode(schema, site.Clock);
        await using var second = new DaemonNode(schema, site.Clock);
        await first.StartAsync();
        await second.StartAsync();
        await site.OpenAsync(first);

        const int Sales = 12;
        var sold = new List<(UnitId Unit, SubscriptionId Subscription)>();
        for (var n = 0; n < Sales; n++)
        {
            sold.Add(await site.SellAsync(n % 2 == 0 ? first : second, n, pay: n % 3 == 0));
        }

        var paid = sold.Where((_, n) => n % 3 == 0).Count();
        await DaemonNode.EventuallyAsync(async () => await AllHeldAsync(first, sold) && (await DayAsync(first, site)).Payments.Count == paid, "every unit held and every payment posted");
        var sourceEvents = Sales + paid; // one SubscriptionDrafted per sale, one PaymentReceived per payment
        await DaemonNode.EventuallyAsync(() => Task.FromResult(first.Tally.Events + second.Tally.Events == 2L * sourceEvents), "both processes through every subscription event");

        foreach (var (unit, subscription) in sold)
        {
            var events = await first.Services.GetRequiredService<IEventStore<UnitEvent>>().ReadAsync(UnitAggregate.StreamOf(unit));
            Assert.Collection(events, e => Assert.IsType<UnitListed>(e.Event), e => Assert.Equal(new UnitHeld(subscription), e.Event));
        }

        var day = await DayAsync(first, site);
        Assert.Equal(paid, day.Payments.Count);
        Assert.Equal(2 * paid, day.Copies.Count);

        // Each event went to one node only: no step was sent twice, so no target ever answered "already applied".
        Assert.Equal(2L * sourceEvents, first.Tally.Events + second.Tally.Events);
        Assert.Equal(0L, first.Tally.AlreadyApplied + second.Tally.AlreadyApplied);
        Assert.Equal(Sales + (3L * paid), first.Tally.Applied + second.Tally.Applied);
        Assert.Equal(0L, first.Tally.Refused + second.Tally.Refused);
    }

    [PostgresFact]
    [Trait("Rule", "SUB-08")]
    public async Task A_host_that_builds_its_own_store_runs_the_processes_once_it_subscribes_them()
    {
        var site = new SalesSite();
        await using var node = new DaemonNode(DaemonNode.NewSchema(), site.Clock, ownStore: true);
        await node.StartAsync();
        await site.OpenAsync(node);

        var sold = new List<(UnitId Unit, SubscriptionId Subscription)> { await site.SellAsync(node, 0, pay: false), await site.SellAsync(node, 1, pay: false) };

        await DaemonNode.EventuallyAsync(async () => await AllHeldAsync(node, sold), "every unit held");
        Assert.Equal(2L, node.Tally.Applied);
    }

    [PostgresFact]
    [Trait("Rule", "SUB-08")]
    public async Task When_the_node_running_the_processes_stops_another_takes_its_work_over()
    {
        var site = new SalesSite();
        var schema = DaemonNode.NewSchema();
        await using var first = new DaemonNode(schema, site.Clock);
        await first.StartAsync();
        await site.OpenAsync(first);
        var before = new[] { await site.SellAsync(first, 0, pay: false), await site.SellAsync(first, 1, pay: false) };
        await DaemonNode.EventuallyAsync(() => AllHeldAsync(first, before), "the first node holds the first units");
        await DaemonNode.EventuallyAsync(() => Task.FromResult(first.Tally.Events == 2 * before.Length), "the first node through the first drafts");

        await using var second = new DaemonNode(schema, site.Clock);
        await second.StartAsync();
        await first.StopAsync();
        var ranBeforeStop = first.Tally.Events;
        var after = new[] { await site.SellAsync(second, 2, pay: false), await site.SellAsync(second, 3, pay: false), await site.SellAsync(second, 4, pay: false) };

        await DaemonNode.EventuallyAsync(() => AllHeldAsync(second, after), "the second node holds the later units");
        await DaemonNode.EventuallyAsync(() => Task.FromResult(second.Tally.Events == 2 * after.Length), "the second node through the later drafts");
        Assert.Equal(ranBeforeStop, first.Tally.Events);
        Assert.Equal(0L, first.Tally.AlreadyApplied + second.Tally.AlreadyApplied);
        foreach (var (unit, subscription) in before.Concat(after))
        {
            var events = await second.Services.GetRequiredService<IEventStore<UnitEvent>>().ReadAsync(UnitAggregate.StreamOf(unit));
            Assert.Equal([typeof(UnitListed), typeof(UnitHeld)], events.Select(e => e.Event.GetType()));
        }
    }

    [PostgresFact]
    [Trait("Rule", "GEN-11")]
    [Trait("Rule", "SUB-08")]
    public async Task A_hold_whose_project_evidence_lags_is_run_again_and_the_draft_is_never_voided()
    {
        var site = new SalesSite();
        await using var node = new DaemonNode(DaemonNode.NewSchema(), site.Clock);
        await node.StartAsync();

        // The draft is decided with the project's state from elsewhere (a store the project's stream is copied from):
        // the project's stream is not in the database yet when the daemon runs the draft.
        var elsewhereEvents = new InMemoryEventStore<SalesProjectEvent>();
        var elsewhere = new CommandHandler<SalesProjectCommand, SalesProjectEvent, SalesProjectState>(SalesProjectAggregate.Definition.Decider, elsewhereEvents);
        site.Clock.Now = At(Launch.PlusDays(-7));
        foreach (var command in new SalesProjectCommand[] { new RegisterProject(site.Project, "滨江花园", Launch), new SetSalesMode(SalesMode.Agency), new CompleteLaunchPreparation(Manager) })
        {
            await Committed(elsewhere.HandleAsync(site.ProjectStream, NewId(), Specialist, command, node.Contexts.Now()));
        }

        site.Clock.Now = At(Launch);
        await Committed(elsewhere.HandleAsync(site.ProjectStream, NewId(), Specialist, new OpenSales(), node.Contexts.Now()));
        var (opened, version) = await elsewhere.LoadAsync(site.ProjectStream);
        var (unit, subscription) = (UnitId.From(Guid.NewGuid()), SubscriptionId.From(Guid.NewGuid()));
        await Committed(node.Handler<UnitCommand, UnitEvent, UnitState>().HandleAsync(UnitAggregate.StreamOf(unit), NewId(), Specialist, new ListUnit(unit, site.Project, "3-0001"), node.Contexts.Now()));
        await DraftAsync(node, site.Project, unit, subscription, node.Contexts.Now().WithSource(site.ProjectStream, version, opened));

        await DaemonNode.EventuallyAsync(() => Task.FromResult(node.Tally.Retried > 0), "the hold refused for want of the project (GEN-11) and run again");
        var subscriptions = node.Handler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>();
        Assert.Equal(SubscriptionStatus.Draft, (await subscriptions.LoadAsync(SubscriptionAggregate.StreamOf(subscription))).State.Status);
        Assert.Equal(UnitStatus.Available, (await node.Handler<UnitCommand, UnitEvent, UnitState>().LoadAsync(UnitAggregate.StreamOf(unit))).State.Status);

        var copied = await node.Services.GetRequiredService<IEventStore<SalesProjectEvent>>().AppendAsync(site.ProjectStream, 0, await elsewhereEvents.ReadAsync(site.ProjectStream));
        Assert.True(copied.IsT0, copied.ToString());

        await DaemonNode.EventuallyAsync(() => AllHeldAsync(node, [(unit, subscription)]), "the unit held once the project's stream is there");
        Assert.Equal(SubscriptionStatus.Draft, (await subscriptions.LoadAsync(SubscriptionAggregate.StreamOf(subscription))).State.Status);
        Assert.Equal(0L, node.Tally.Refused);
    }

    private static async Task<bool> AllHeldAsync(DaemonNode node, IEnumerable<(UnitId Unit, SubscriptionId Subscription)> sold)
    {
        var units = node.Handler<UnitCommand, UnitEvent, UnitState>();
        foreach (var (unit, subscription) in sold)
        {
            var (state, _) = await units.LoadAsync(UnitAggregate.StreamOf(unit));
            if (state.Status != UnitStatus.Held || state.HeldBy != subscription)
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<SalesDayState> DayAsync(DaemonNode node, SalesSite site) =>
        (await node.Handler<SalesDayCommand, SalesDayEvent, SalesDayState>().LoadAsync(site.Day)).State;
}
