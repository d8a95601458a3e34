using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Processes;

/// <summary>
/// A sales site as a host runs it: an in-memory store per aggregate, the command handlers, and the unit process's
/// runner. Commands go to the subscriptions only; the runner carries them to the units.
/// </summary>
internal sealed class ProcessSite
{
    public ProcessSite(ICheckpointStore? checkpoints = null)
    {
        Stores = new EventStores().Add(SubscriptionEvents).Add(UnitEvents).Add(SalesDayEvents);
        Checkpoints = checkpoints ?? new InMemoryCheckpointStore();
        Runner = new ProcessRunner<SubscriptionCommand, SubscriptionEvent, SubscriptionState>("unit-process", Stores, Checkpoints, [SubscriptionUnitProcess.Definition]);
        Subscriptions = new CommandHandler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>(SubscriptionDecider.Instance, SubscriptionEvents);
        Units = new CommandHandler<UnitCommand, UnitEvent, UnitState>(UnitDecider.Instance, UnitEvents);
        SalesDays = new CommandHandler<SalesDayCommand, SalesDayEvent, SalesDayState>(SalesDayDecider.Instance, SalesDayEvents);
        Payments = new ProcessRunner<SubscriptionCommand, SubscriptionEvent, SubscriptionState>("payments-process", Stores, Checkpoints, [SalesDayPaymentProcess.Definition]);
    }

    public DecisionContext Context { get; } = TestContexts.Default;

    public InMemoryEventStore<SubscriptionEvent> SubscriptionEvents { get; } = new();

    public InMemoryEventStore<UnitEvent> UnitEvents { get; } = new();

    public InMemoryEventStore<SalesDayEvent> SalesDayEvents { get; } = new();

    public EventStores Stores { get; }

    public CommandHandler<SalesDayCommand, SalesDayEvent, SalesDayState> SalesDays { get; }

    /// <summary>The runner of the payments process, with its own checkpoint in the same store.</summary>
    public ProcessRunner<SubscriptionCommand, SubscriptionEvent, SubscriptionState> Payments { get; }

    public ICheckpointStore Checkpoints { get; set; }

    public ProcessRunner<SubscriptionCommand, SubscriptionEvent, SubscriptionState> Runner { get; private set; }

    public CommandHandler<SubscriptionCommand, SubscriptionEvent, SubscriptionState> Subscriptions { get; }

    public CommandHandler<UnitCommand, UnitEvent, UnitState> Units { get; }

    public static SubscriptionId SubscriptionNo(int i) => SubscriptionId.From(new System.Guid(0, (short)(i + 1), 0, new byte[8]));

    public static UnitId UnitNo(int i) => UnitId.From(new System.Guid(i + 1, 0, 0, new byte[8]));

    public void UseCheckpoints(ICheckpointStore checkpoints)
    {
        Checkpoints = checkpoints;
        Runner = new ProcessRunner<SubscriptionCommand, SubscriptionEvent, SubscriptionState>("unit-process", Stores, Checkpoints, [SubscriptionUnitProcess.Definition]);
    }

    public async Task ListAsync(params UnitId[] units)
    {
        foreach (var u in units)
        {
            var listed = await Units.HandleAsync(UnitAggregate.StreamOf(u), CommandId.From(System.Guid.NewGuid()), Specialist, new ListUnit(u, Project, u.Value.ToString("N")[..4]), Context);
            Assert.True(listed.IsCommitted);
        }
    }

    /// <summary>Sends a command to a subscription; true when it was accepted.</summary>
    public async Task<bool> SendAsync(SubscriptionId s, SubscriptionCommand command)
    {
        var outcome = await Subscriptions.HandleAsync(SubscriptionAggregate.StreamOf(s), CommandId.From(System.Guid.NewGuid()), Specialist, command, Context);
        return outcome.IsCommitted;
    }

    public ValueTask<ProcessRunReport> RunAsync() => Runner.RunAsync(Context);

    /// <summary>Opens the site's sales day for a date, with the identifier the payments process finds it by.</summary>
    public async Task OpenDayAsync(LocalDate date)
    {
        var opened = await SalesDays.HandleAsync(SalesDayAggregate.StreamOf(Project, date), CommandId.From(System.Guid.NewGuid()), SiteManager, new OpenSalesDay(SalesDayId.Of(Project, date), Project, date, SiteManager, SalesMode.Agency), Context);
        Assert.True(opened.IsCommitted);
    }

    /// <summary>Reconciles and closes the site's sales day for a date, as its site manager.</summary>
    public async Task CloseDayAsync(LocalDate date)
    {
        foreach (SalesDayCommand command in new SalesDayCommand[] { new ReconcileSalesDay(), new CloseSalesDay(SiteManager) })
        {
            Assert.True((await SalesDays.HandleAsync(SalesDayAggregate.StreamOf(Project, date), CommandId.From(System.Guid.NewGuid()), SiteManager, command, Context)).IsCommitted);
        }
    }

    public async Task<SalesDayState> DayAsync(LocalDate date) => (await SalesDays.LoadAsync(SalesDayAggregate.StreamOf(Project, date))).State;

    public async Task<SubscriptionState> SubscriptionAsync(SubscriptionId s) => (await Subscriptions.LoadAsync(SubscriptionAggregate.StreamOf(s))).State;

    public async Task<UnitState> UnitAsync(UnitId u) => (await Units.LoadAsync(UnitAggregate.StreamOf(u))).State;

    public async Task<(IReadOnlyList<StoredEvent<SubscriptionEvent>> Subscriptions, IReadOnlyList<StoredEvent<UnitEvent>> Units)> EverythingAsync() =>
        (await SubscriptionEvents.ReadAllAsync(0, int.MaxValue), await UnitEvents.ReadAllAsync(0, int.MaxValue));

    public static DraftSubscription Draft(SubscriptionId s, UnitId u) =>
        new(Specialist, s, Project, u, [Wang, Li], Money.Cny(900_000m));

    public static IEnumerable<SubscriptionCommand> Effective(SubscriptionId s, UnitId u) =>
    [
        Draft(s, u),
        new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-0001"), Money.Cny(30_000m), PaymentMethod.Transfer, PaymentCollector.Developer, DeveloperAgent),
        new StampCopies(Specialist, [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer]),
    ];

    public static IEnumerable<SubscriptionCommand> Completion(SubscriptionState state) =>
    [
        .. state.RetentionAttempted || state.Status != SubscriptionStatus.CancellationRequested
            ? [] : new SubscriptionCommand[] { new RecordRetentionAttempt(Specialist, SiteManager, CertificateOfficer, false) },
        new ApproveCancellation(Specialist, DeveloperConfirmation.SignedAndStamped(DeveloperAgent), null),
        new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy),
        new HandBackDocument(Specialist, SalesDocument.SubscriptionDeveloperCopy),
        new CompleteCancellation(Specialist),
    ];

    public static IEnumerable<SubscriptionCommand> Return =>
    [
        new RequestReturn(Specialist, BothPresent),
        new HandBackDocument(Specialist, SalesDocument.SubscriptionCustomerCopy),
        new HandBackDocument(Specialist, SalesDocument.SubscriptionDeveloperCopy),
        new HandBackDocument(Specialist, SalesDocument.PreSaleContract),
        new CompleteReturn(Specialist, DeveloperConfirmation.SignedAndStamped(DeveloperAgent)),
    ];

    /// <summary>Sends commands in order until one is refused; true when all were accepted.</summary>
    public async Task<bool> SendAllAsync(SubscriptionId s, IEnumerable<SubscriptionCommand> commands)
    {
        foreach (var command in commands)
        {
            if (!await SendAsync(s, command))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsLive(SubscriptionState s) =>
        s.Status is not (SubscriptionStatus.None or SubscriptionStatus.Voided or SubscriptionStatus.Cancelled or SubscriptionStatus.Returned or SubscriptionStatus.Refunded);

    public static IEnumerable<DomainError> Refusals(ProcessRunReport report) =>
        report.Dispatches.Where(d => d.Status == ProcessDispatchStatus.Refused).Select(d => d.Refusal!);
}
