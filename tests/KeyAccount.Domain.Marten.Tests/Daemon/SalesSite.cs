using System;
using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Marten.Tests.Hosting;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Marten.Tests.Daemon;

/// <summary>A sales site driven through the nodes' command handlers: one project open since launch day, its sales day open, units sold one by one.</summary>
internal sealed class SalesSite
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    public static readonly LocalDate Launch = new(2026, 3, 9);
    public static readonly ActorId Specialist = new("CS-07");
    public static readonly ActorId Manager = new("SM-01");

    public SettableClock Clock { get; } = new(At(Launch.PlusDays(-7)));

    public ProjectId Project { get; } = ProjectId.From(Guid.NewGuid());

    public StreamId ProjectStream => SalesProjectAggregate.StreamOf(Project);

    public StreamId Day => SalesDayAggregate.StreamOf(Project, Launch);

    public static Instant At(LocalDate date) => date.At(new LocalTime(10, 0)).InZoneStrictly(Shanghai).ToInstant();

    /// <summary>Registers and prepares the project a week before launch, opens its sales on launch day and the day's books.</summary>
    public async Task OpenAsync(DaemonNode node)
    {
        var projects = node.Handler<SalesProjectCommand, SalesProjectEvent, SalesProjectState>();
        var contexts = node.Contexts;
        Clock.Now = At(Launch.PlusDays(-7));
        await Committed(projects.HandleAsync(ProjectStream, NewId(), Specialist, new RegisterProject(Project, "滨江花园", Launch), contexts.Now()));
        await Committed(projects.HandleAsync(ProjectStream, NewId(), Specialist, new SetSalesMode(SalesMode.Agency), contexts.Now()));
        await Committed(projects.HandleAsync(ProjectStream, NewId(), Specialist, new CompleteLaunchPreparation(Manager), contexts.Now()));
        Clock.Now = At(Launch);
        await Committed(projects.HandleAsync(ProjectStream, NewId(), Specialist, new OpenSales(), contexts.Now()));
        await Committed(node.Handler<SalesDayCommand, SalesDayEvent, SalesDayState>().HandleAsync(
            Day, NewId(), Manager, new OpenSalesDay(SalesDayId.Of(Project, Launch), Project, Launch, Manager, SalesMode.Agency), contexts.Now()));
    }

    /// <summary>Lists a unit and drafts a subscription for it with the project's state as evidence (SUB-09); pays the deposit when asked.</summary>
    public async Task<(UnitId Unit, SubscriptionId Subscription)> SellAsync(DaemonNode node, int n, bool pay)
    {
        var contexts = node.Contexts;
        var (unit, subscription) = (UnitId.From(Guid.NewGuid()), SubscriptionId.From(Guid.NewGuid()));
        await Committed(node.Handler<UnitCommand, UnitEvent, UnitState>().HandleAsync(UnitAggregate.StreamOf(unit), NewId(), Specialist, new ListUnit(unit, Project, $"3-{n:D4}"), contexts.Now()));
        var (opened, version) = await node.Handler<SalesProjectCommand, SalesProjectEvent, SalesProjectState>().LoadAsync(ProjectStream);
        await DraftAsync(node, Project, unit, subscription, contexts.Now().WithSource(ProjectStream, version, opened));
        if (pay)
        {
            await Committed(node.Handler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>().HandleAsync(
                SubscriptionAggregate.StreamOf(subscription), NewId(), Specialist,
                new RecordPayment(Specialist, RemittanceNoticeNumber.Parse($"RN-{n + 1:D4}"), Money.Cny(30_000m), PaymentMethod.Transfer, PaymentCollector.Developer, new ActorId("DEV-A")),
                contexts.Now()));
        }

        return (unit, subscription);
    }

    /// <summary>Drafts a subscription in a context the caller made (its evidence of the project).</summary>
    public static Task DraftAsync(DaemonNode node, ProjectId project, UnitId unit, SubscriptionId subscription, Decisions.DecisionContext context) =>
        Committed(node.Handler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>().HandleAsync(
            SubscriptionAggregate.StreamOf(subscription), NewId(), Specialist,
            new DraftSubscription(Specialist, subscription, project, unit, [new Customer("王芳", "110101199001011234")], Money.Cny(900_000m)), context));

    public static CommandId NewId() => CommandId.From(Guid.NewGuid());

    public static async Task Committed<TEvent, TState>(ValueTask<CommandOutcome<TEvent, TState>> handling)
    {
        var outcome = await handling;
        Assert.True(outcome.IsCommitted, outcome.ToString());
    }
}
