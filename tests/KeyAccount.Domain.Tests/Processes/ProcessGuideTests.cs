using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Processes;

/// <summary>Runs the scenarios of docs/processes.md; each method below is a section's code, word for word, and each
/// section shows its process's generated diagram (GEN-12).</summary>
[Trait("Rule", "GEN-12")]
public sealed class ProcessGuideTests
{
    private const string EndMarker = "    // end of example";

    private static readonly Dictionary<string, string> Signatures = new(StringComparer.Ordinal)
    {
        ["unit-follows-subscription"] = "    public static async Task<UnitState> TheUnitFollowsItsSubscription(DecisionContext context)",
        ["payments-into-sales-day"] = "    public static async Task<SalesDayState> ALatePaymentGoesToTheNextOpenDay(DecisionContext context)",
        ["approvals-into-dependents"] = "    public static IReadOnlyList<ProcessCommand> AnAmendmentReachesItsDependents(DecisionContext context)",
    };

    public static TheoryData<string> Processes => new(ProcessCatalogue.All.Select(p => p.Name));

    [Fact]
    [Trait("Rule", "SUB-08")]
    public async Task The_unit_scenario_holds_the_unit_for_the_draft()
    {
        var unit = await TheUnitFollowsItsSubscription(TestContexts.Default);

        Assert.Equal(UnitStatus.Held, unit.Status);
        Assert.NotNull(unit.HeldBy);
    }

    [Fact]
    [Trait("Rule", "REC-04")]
    public async Task The_payment_scenario_posts_the_late_payment_to_the_next_day_naming_the_closed_one()
    {
        var day = await ALatePaymentGoesToTheNextOpenDay(TestContexts.Default);

        var monday = SalesDayId.Of(TestProjects.Agency, TestContexts.Default.Today);
        Assert.Equal(TestContexts.Default.Today.PlusDays(1), day.Date);
        Assert.Equal(monday, Assert.Single(day.Payments).Corrects!.Day);
        Assert.Equal([monday, monday], day.Copies.Select(c => c.Corrects!.Day));
    }

    [Fact]
    [Trait("Rule", "CR-05")]
    public void The_approval_scenario_asks_the_account_and_the_listed_plan_to_withdraw()
    {
        var commands = AnAmendmentReachesItsDependents(TestContexts.Default);

        Assert.Equal([AccountAggregate.Definition.Name, NegotiationPlanAggregate.Definition.Name], commands.Select(c => c.Target.Name));
        Assert.IsType<WithdrawContractApproval>(commands[0].Command);
        Assert.IsType<WithdrawContractReview>(commands[1].Command);
        Assert.All(commands, c => Assert.NotSame(TestContexts.Default, c.ContextFor(TestContexts.Default)));
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void The_guide_shows_each_process_with_its_diagram_and_the_code_of_this_test(string name)
    {
        var guide = Read("docs", "processes.md");
        var source = Read("tests", "KeyAccount.Domain.Tests", "Processes", "ProcessGuideTests.cs");
        var process = ProcessCatalogue.All.Single(p => p.Name == name);

        Assert.True(Block(guide, name, "mermaid") == process.ToMermaid(), $"docs/processes.md does not show the diagram of {name}.");
        Assert.StartsWith(Signatures[name] + "\n", ExampleIn(source, Signatures[name]), StringComparison.Ordinal);
        Assert.True(Block(guide, name, "csharp") == ExampleIn(source, Signatures[name]), $"docs/processes.md does not show the scenario of {name} as this test runs it.");
    }

    [Fact]
    public void A_guide_whose_code_differs_from_the_test_fails_the_check()
    {
        var guide = Read("docs", "processes.md");
        var source = Read("tests", "KeyAccount.Domain.Tests", "Processes", "ProcessGuideTests.cs");
        var name = "payments-into-sales-day";
        var broken = guide.Replace("new CloseSalesDay(manager)", "new CloseSalesDay(specialist)", StringComparison.Ordinal);

        Assert.NotEqual(guide, broken);
        Assert.Equal(ExampleIn(source, Signatures[name]), Block(guide, name, "csharp"));
        Assert.NotEqual(ExampleIn(source, Signatures[name]), Block(broken, name, "csharp"));
        Assert.Equal("", ExampleIn("class Empty { }", Signatures[name]));
    }

    public static async Task<UnitState> TheUnitFollowsItsSubscription(DecisionContext context)
    {
        // One store per aggregate; the runner reads the subscriptions' events after its checkpoint.
        var subscriptionEvents = new InMemoryEventStore<SubscriptionEvent>();
        var unitEvents = new InMemoryEventStore<UnitEvent>();
        var runner = new ProcessRunner<SubscriptionCommand, SubscriptionEvent, SubscriptionState>(
            "unit-process", new EventStores().Add(subscriptionEvents).Add(unitEvents), new InMemoryCheckpointStore(), [SubscriptionUnitProcess.Definition]);
        var subscriptions = new CommandHandler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>(SubscriptionAggregate.Definition.Decider, subscriptionEvents);
        var units = new CommandHandler<UnitCommand, UnitEvent, UnitState>(UnitAggregate.Definition.Decider, unitEvents);
        var specialist = new ActorId("CS-07");
        var (project, unit, subscription) = (TestProjects.Agency, UnitId.From(Guid.NewGuid()), SubscriptionId.From(Guid.NewGuid()));

        await units.HandleAsync(UnitAggregate.StreamOf(unit), CommandId.From(Guid.NewGuid()), specialist, new ListUnit(unit, project, "3-1502"), context);

        // The host drafts the subscription (the context carries the project's state, SUB-09) and holds nothing by hand:
        // the runner holds the unit for the draft, or voids the draft with the unit's rule (SUB-08, SUB-01).
        await subscriptions.HandleAsync(SubscriptionAggregate.StreamOf(subscription), CommandId.From(Guid.NewGuid()), specialist,
            new DraftSubscription(specialist, subscription, project, unit, [new Customer("王芳", "110101199001011234")], Money.Cny(900_000m)), context);
        await runner.RunAsync(context);

        return (await units.LoadAsync(UnitAggregate.StreamOf(unit))).State; // Held by the subscription.
    }

    // end of example

    public static async Task<SalesDayState> ALatePaymentGoesToTheNextOpenDay(DecisionContext context)
    {
        var subscriptionEvents = new InMemoryEventStore<SubscriptionEvent>();
        var dayEvents = new InMemoryEventStore<SalesDayEvent>();
        var runner = new ProcessRunner<SubscriptionCommand, SubscriptionEvent, SubscriptionState>(
            "payments", new EventStores().Add(subscriptionEvents).Add(dayEvents), new InMemoryCheckpointStore(), [SalesDayPaymentProcess.Definition]);
        var subscriptions = new CommandHandler<SubscriptionCommand, SubscriptionEvent, SubscriptionState>(SubscriptionAggregate.Definition.Decider, subscriptionEvents);
        var days = new CommandHandler<SalesDayCommand, SalesDayEvent, SalesDayState>(SalesDayAggregate.Definition.Decider, dayEvents);
        var (specialist, manager) = (new ActorId("CS-07"), new ActorId("SM-01"));
        var (project, subscription) = (TestProjects.Agency, SubscriptionId.From(Guid.NewGuid()));
        var (monday, tuesday) = (context.Today, context.Today.PlusDays(1));
        var stream = SubscriptionAggregate.StreamOf(subscription);
        Task Day(LocalDate date, SalesDayCommand command) =>
            days.HandleAsync(SalesDayAggregate.StreamOf(project, date), CommandId.From(Guid.NewGuid()), manager, command, context).AsTask();
        Task Send(SubscriptionCommand command) =>
            subscriptions.HandleAsync(stream, CommandId.From(Guid.NewGuid()), specialist, command, context).AsTask();

        // Each day is opened with the identifier the process finds it by: SalesDayId.Of(site, date).
        await Day(monday, new OpenSalesDay(SalesDayId.Of(project, monday), project, monday, manager, SalesMode.Agency));
        await Day(tuesday, new OpenSalesDay(SalesDayId.Of(project, tuesday), project, tuesday, manager, SalesMode.Agency));
        await Send(new DraftSubscription(specialist, subscription, project, UnitId.From(Guid.NewGuid()), [new Customer("王芳", "110101199001011234")], Money.Cny(900_000m)));
        await Send(new RecordPayment(specialist, RemittanceNoticeNumber.Parse("RN-0001"), Money.Cny(30_000m), PaymentMethod.Transfer, PaymentCollector.Developer, new ActorId("DEV-A")));

        // Monday closes before the runner has posted the payment; a closed day is never changed (REC-04).
        await Day(monday, new ReconcileSalesDay());
        await Day(monday, new CloseSalesDay(manager));
        await runner.RunAsync(context.At(context.Now.Plus(Duration.FromDays(1))));

        // Tuesday holds the payment and both notice copies (SUB-05), each naming Monday in Corrects.
        return (await days.LoadAsync(SalesDayAggregate.StreamOf(project, tuesday))).State;
    }

    // end of example

    public static IReadOnlyList<ProcessCommand> AnAmendmentReachesItsDependents(DecisionContext context)
    {
        var account = AccountId.From(Guid.NewGuid());
        var history = ContractReviewSources.Events(account, amended: true); // opened, determined, started, approved, amended
        var stream = ContractReviewAggregate.StreamOf(ContractReviewSources.ReviewOf(account));
        var amendment = new EventEnvelope<ContractReviewEvent>(stream, history.Count, CommandId.From(Guid.NewGuid()), new ActorId("QA-01"), context.Now, history[^1]);
        var before = ContractReviewAggregate.Definition.Decider.Replay(history.Take(history.Count - 1));
        var plan = NegotiationPlanAggregate.StreamOf(NegotiationPlanId.From(Guid.NewGuid()));

        // The review names its account; the plans that attached it come from the host's index (IDependentStreams),
        // which a runner asks for the process's Dependents. Each command is decided in command.ContextFor(context):
        // the context with the review's state at the amendment (GEN-11).
        return ContractApprovalProcess.Definition.React(amendment, before, dependent => [plan]);
    }

    // end of example

    /// <summary>Returns an example method of a source file: from the line that is exactly its signature to the next
    /// line that is exactly the end marker, or empty when either is missing. Whole lines are compared, so the
    /// signatures quoted in this file's string literals never count.</summary>
    internal static string ExampleIn(string source, string signature)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.IndexOf(lines, signature);
        var end = start < 0 ? -1 : Array.IndexOf(lines, EndMarker, start);
        return end < 0 ? "" : string.Join('\n', lines[start..end]).TrimEnd() + "\n";
    }

    /// <summary>Returns the first fenced block of a language under the guide's section <c>## name</c>, or null.</summary>
    internal static string? Block(string guide, string name, string language)
    {
        var text = guide.Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = text.IndexOf("\n## " + name + "\n", StringComparison.Ordinal);
        var next = section < 0 ? -1 : text.IndexOf("\n## ", section + 1, StringComparison.Ordinal);
        var end = next < 0 ? text.Length : next;
        var open = section < 0 ? -1 : text.IndexOf("```" + language + "\n", section, StringComparison.Ordinal);
        var close = open < 0 || open > end ? -1 : text.IndexOf("\n```\n", open, StringComparison.Ordinal);
        return close < 0 || close > end ? null : text[(open + language.Length + 4)..(close + 1)];
    }

    private static string Read(params string[] path) =>
        File.ReadAllText(Path.Combine([DiagramFiles.RepositoryRoot(), .. path]));
}
