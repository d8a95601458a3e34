using System;
using System.Threading.Tasks;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using NodaTime;

namespace KeyAccount.Domain.Tests.Sales;

/// <summary>The code of docs/sales.md, kept literally the same by <see cref="SalesGuideTests"/>.</summary>
internal static class SalesGuideExample
{
    // guide:begin
    public static async Task<SubscriptionState> WalkOneUnit(BusinessCalendar calendar)
    {
        var projects = new CommandHandler<SalesProjectCommand, SalesProjectEvent, SalesProjectState>(
            SalesProjectAggregate.Definition.Decider, new InMemoryEventStore<SalesProjectEvent>());
        var (unitEvents, subscriptionEvents) = (new InMemoryEventStore<UnitEvent>(), new InMemoryEventStore<SubscriptionEvent>());
        var units = new CommandHandler<UnitCommand, UnitEvent, UnitState>(UnitAggregate.Definition.Decider, unitEvents);
        var subscriptions = new CommandHandler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>(SubscriptionAggregate.Definition.Decider, subscriptionEvents);

        // The unit follows its subscription (SUB-08): the process holds, marks and releases it, never the host.
        var unitProcess = new ProcessRunner<SubscriptionCommand, SubscriptionEvent, SubscriptionState>(
            "unit-process", new EventStores().Add(unitEvents).Add(subscriptionEvents), new InMemoryCheckpointStore(), [SubscriptionUnitProcess.Definition]);
        DecisionContext On(int month, int day) => DecisionContext.ChinaMainland(
            new LocalDateTime(2025, month, day, 10, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant(), calendar);

        var specialist = new ActorId("CS-07");
        var project = ProjectId.From(Guid.NewGuid());
        var unit = UnitId.From(Guid.NewGuid());
        var subscription = SubscriptionId.From(Guid.NewGuid());
        var projectStream = SalesProjectAggregate.StreamOf(project);
        var unitStream = UnitAggregate.StreamOf(unit);
        var stream = SubscriptionAggregate.StreamOf(subscription);
        var wang = new Customer("王芳", "110101199001011234");

        async Task Do<TCommand, TEvent, TState>(CommandHandler<TCommand, TEvent, TState> handler, StreamId target, TCommand command, DecisionContext context)
        {
            var outcome = await handler.HandleAsync(target, CommandId.From(Guid.NewGuid()), specialist, command, context);
            if (!outcome.IsCommitted)
            {
                throw new InvalidOperationException(outcome.ToString());
            }
        }

        async Task<SubscriptionState> Send(SubscriptionCommand command, DecisionContext context) =>
            (await subscriptions.HandleAsync(stream, CommandId.From(Guid.NewGuid()), specialist, command, context)).Match(
                committed => committed.State,
                rejected => throw new InvalidOperationException(rejected.ToString()),
                conflict => throw new InvalidOperationException(conflict.ToString()));

        // The project: its sales mode set once before the launch (SUB-09), prepared in time and opened (SITE-01).
        await Do(projects, projectStream, new RegisterProject(project, "滨江花园二期", new LocalDate(2025, 3, 3)), On(2, 24));
        await Do(projects, projectStream, new SetSalesMode(SalesMode.Underwriting), On(2, 24));
        await Do(projects, projectStream, new CompleteLaunchPreparation(new ActorId("SM-01")), On(2, 27));
        await Do(projects, projectStream, new OpenSales(), On(3, 3));

        // SUB-01: the unit is listed on its own stream; the process holds it for the draft, or voids a draft whose unit is taken.
        await Do(units, unitStream, new ListUnit(unit, project, "3-1502"), On(3, 3));

        // Subscription: drafted with the project's state in the context (its mode, GEN-11), paid to the company
        // cashier (underwriting, SUB-02), stamped in one act (SUB-04).
        var (opened, version) = await projects.LoadAsync(projectStream);
        await Send(new DraftSubscription(specialist, subscription, project, unit, [wang], Money.Cny(1_200_000m)), On(3, 3).WithSource(projectStream, version, opened));
        await Send(new RecordPayment(specialist, RemittanceNoticeNumber.Parse("RN-0001"), Money.Cny(50_000m), PaymentMethod.Transfer, PaymentCollector.CompanyCashier, new ActorId("CASH-1")), On(3, 3));
        await Send(new StampCopies(specialist, [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer]), On(3, 3));
        await unitProcess.RunAsync(On(3, 3).WithSource(projectStream, version, opened)); // SITE-01: the project opened sales

        // Signing without queueing (SUB-07), then registration at the transaction centre.
        await Send(new SignPreSaleContract(specialist, "YS-2025-001"), On(3, 4));
        await Send(new RegisterPreSaleContract(specialist, "DJ-2025-088"), On(3, 6));
        await unitProcess.RunAsync(On(3, 6));

        // Return (退房): the customer in person (RET-01), every document back (RET-02), deregistration (RET-03).
        await Send(new RequestReturn(specialist, [wang.IdDocumentNumber]), On(5, 6));
        await Send(new HandBackDocument(specialist, SalesDocument.SubscriptionCustomerCopy), On(5, 6));
        await Send(new HandBackDocument(specialist, SalesDocument.SubscriptionDeveloperCopy), On(5, 6));
        await Send(new HandBackDocument(specialist, SalesDocument.PreSaleContract), On(5, 6));
        await Send(new CompleteReturn(specialist, Application: null), On(5, 6));
        await unitProcess.RunAsync(On(5, 6));
        await Send(new RecordDeregistration(specialist, "ZX-2025-031"), On(5, 8));
        return await Send(new PayRefund(specialist, RefundPlace.CompanyHeadquarters, RefundNotice: null), On(5, 9));
    }

    // guide:end
}
