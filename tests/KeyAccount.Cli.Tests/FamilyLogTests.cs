using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KeyAccount.Cli.Registries;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Calendars;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Serialization;
using NodaTime;
using Xunit;

namespace KeyAccount.Cli.Tests;

/// <summary><c>validate</c> on the event logs of the families other than the sales day.</summary>
public sealed class FamilyLogTests
{
    private static readonly string Valid = Cli.Path("samples", "events", "subscription.jsonl");
    private static readonly string Illegal = Cli.Path("samples", "events", "subscription-illegal.jsonl");
    private static readonly string NegotiationSample = Cli.Path("samples", "negotiation-plan.json");
    private static readonly ActorId Specialist = new("E2001");

    private static readonly Lazy<BusinessCalendar> Calendar = new(() =>
        BusinessCalendarJson.Load(Cli.Path("samples", "calendars", "cn-mainland-2025.json")).Match(c => c, e => throw new InvalidOperationException(e.ToString())));

    [Fact]
    public void Validate_covers_exactly_the_aggregates_of_the_catalogue()
    {
        Assert.Equal(AggregateCatalogue.All.Select(a => a.Name), EventStreamRegistry.All.Select(v => v.Name));
        Assert.NotEmpty(EventStreamRegistry.All);
    }

    [Fact]
    public void The_subscription_sample_logs_are_the_serializers_output_of_the_deciders_decisions()
    {
        // Run with UPDATE_SAMPLES=1 to rewrite the files after changing the history.
        ValidateTests.Check(Valid, SubscriptionLog(illegal: false));
        ValidateTests.Check(Illegal, SubscriptionLog(illegal: true));
    }

    [Fact]
    public void A_valid_subscription_log_exits_0()
    {
        var result = Cli.Run("validate", Valid).Expect(0);

        Assert.Equal($"{Valid}: valid subscription log: 5 events in 1 streams\n", result.Out);
    }

    [Fact]
    [Trait("Rule", "SUB-01")]
    public void A_refund_paid_on_a_registered_subscription_is_reported_with_its_line_and_rule_and_exits_1()
    {
        var result = Cli.Run("validate", Illegal).Expect(1);

        Assert.StartsWith($"{Illegal}:6: CAN-05: subscription.refund_paid.v1 (version 6): the subscription lifecycle does not allow PayRefund from Registered [stream subscription-", result.Out);
    }

    [Fact]
    public void The_negotiation_sample_is_a_valid_negotiation_plan_log()
    {
        var result = Cli.Run("validate", NegotiationSample).Expect(0);

        Assert.Equal($"{NegotiationSample}: valid negotiation-plan log: 45 events in 1 streams\n", result.Out);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void A_negotiation_signed_straight_from_preparation_is_reported_and_exits_1()
    {
        using var dir = new TempDir();
        var first = File.ReadLines(NegotiationSample).First();
        var drafted = NegotiationPlanAggregate.Definition.Serializer.Deserialize(first).AsT0;
        var signed = new PhaseChanged(NegotiationTrigger.Sign, NegotiationPhase.Preparation, NegotiationPhase.Signed, drafted.RecordedAt + Duration.FromHours(1), null);
        var file = dir.Write("signed.jsonl", first + "\n" + NegotiationPlanAggregate.Definition.Serializer.Serialize(drafted with { Version = 2, Event = signed }) + "\n");

        var result = Cli.Run("validate", file).Expect(1);

        Assert.StartsWith($"{file}:2: GEN-05: negotiation.phase_changed.v1 (version 2): the negotiation-plan lifecycle does not allow Sign from Preparation", result.Out);
    }

    [Fact]
    public void A_complaint_handled_to_the_end_is_a_valid_log()
    {
        using var dir = new TempDir();
        var file = dir.Write("complaint.jsonl", ComplaintLog(out _));

        var result = Cli.Run("validate", file).Expect(0);

        Assert.Equal($"{file}: valid complaint log: 6 events in 1 streams\n", result.Out);
    }

    [Fact]
    [Trait("Rule", "CMP-01")]
    public void A_complaint_closed_right_after_its_investigation_is_reported_and_exits_1()
    {
        using var dir = new TempDir();
        ComplaintLog(out var events);
        var stream = ComplaintAggregate.StreamOf(ComplaintId.From(Guid.Parse("3c9d2a41-0000-4000-8000-000000000001")));
        var log = Lines(ComplaintAggregate.Definition.Serializer, stream, [events[0], events[1], new ComplaintClosed(new LocalDate(2025, 3, 4))]);
        var file = dir.Write("complaint-closed-early.jsonl", log);

        var result = Cli.Run("validate", file, "--aggregate", "complaint").Expect(1);

        Assert.StartsWith($"{file}:3: CMP-01: complaint.closed.v1 (version 3): the complaint lifecycle does not allow Close from Investigated", result.Out);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void A_contract_review_approved_before_it_was_reviewed_is_reported_and_exits_1()
    {
        using var dir = new TempDir();
        var review = ContractReviewId.From(Guid.Parse("7a0e4c11-0000-4000-8000-000000000001"));
        var day = new LocalDate(2025, 3, 3);
        var log = Lines(ContractReviewAggregate.Definition.Serializer, ContractReviewAggregate.StreamOf(review),
        [
            new ContractReviewOpened(review, ContractRegisterId.From(Guid.Parse("7a0e4c11-0000-4000-8000-000000000002")), 1, AccountId.From(Guid.Parse("7a0e4c11-0000-4000-8000-000000000003")), day),
            new ContractReviewApproved(Department.Sales, day),
        ]);
        var file = dir.Write("review.jsonl", log);

        var result = Cli.Run("validate", file).Expect(1);

        Assert.StartsWith($"{file}:2: GEN-05: contract_review.approved.v1 (version 2): the contract-review lifecycle does not allow Approve from Registered", result.Out);
    }

    private static DecisionContext At(int day, int hour) =>
        DecisionContext.ChinaMainland(Instant.FromUtc(2025, 3, day, hour - 8, 0), Calendar.Value);

    // Runs the commands through the decider, each an hour after the last, and returns what it decided.
    // SUB-09: a subscription's draft reads its sales mode from its project, which the host supplies with the context.
    private static DecisionContext WithProject(DecisionContext context)
    {
        SalesProjectEvent[] opened =
        [
            new ProjectRegistered(LogProject, "Riverside", new LocalDate(2025, 3, 3)), new SalesModeSet(SalesMode.Underwriting, new LocalDate(2025, 2, 24)),
            new PreparationCompleted(Specialist, new LocalDate(2025, 2, 27)), new SalesOpened(new LocalDate(2025, 3, 3)),
        ];
        return context.WithSource(SalesProjectAggregate.StreamOf(LogProject), opened.Length, SalesProjectAggregate.Definition.Decider.Replay(opened));
    }

    private static List<TEvent> Decide<TCommand, TEvent, TState>(IDecider<TCommand, TEvent, TState> decider, params TCommand[] commands)
    {
        var state = decider.Initial;
        var events = new List<TEvent>();
        for (var i = 0; i < commands.Length; i++)
        {
            var decision = decider.Decide(commands[i], state, WithProject(At(3, 10 + i)));
            Assert.True(decision.IsAccepted, decision.ToString());
            foreach (var e in decision.Events)
            {
                state = decider.Evolve(state, e);
                events.Add(e);
            }
        }

        return events;
    }

    private static string Lines<TEvent>(EventSerializer<TEvent> serializer, StreamId stream, IReadOnlyList<TEvent> events)
        where TEvent : class =>
        string.Concat(events.Select((e, i) => serializer.Serialize(new EventEnvelope<TEvent>(
            stream, i + 1, CommandId.From(new Guid(i + 1, 0, 0, new byte[8])), Specialist, Instant.FromUtc(2025, 3, 3, 2 + i, 0), e)) + "\n"));

    private static readonly ProjectId LogProject = ProjectId.From(Guid.Parse("0b5e6c1d-2f3a-4b8c-8d9e-1a2b3c4d5e6f"));

    private static string SubscriptionLog(bool illegal)
    {
        var subscription = SubscriptionId.From(Guid.Parse("2b7f3c90-1d4e-4a6b-9c8d-0e1f2a3b4c5d"));
        var unit = UnitId.From(Guid.Parse("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"));
        var events = Decide(
            SubscriptionAggregate.Definition.Decider,
            new DraftSubscription(Specialist, subscription, LogProject, unit, [new Customer("Zhang Wei", "110101199003070011")], new Money(1_200_000m, Currency.CNY)),
            new RecordPayment(Specialist, RemittanceNoticeNumber.Parse("RN-0001"), new Money(50_000m, Currency.CNY), PaymentMethod.Card, PaymentCollector.CompanyCashier, new ActorId("E3001")),
            new StampCopies(Specialist, [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer]),
            new SignPreSaleContract(Specialist, "YS-2025-0001"),
            new KeyAccount.Domain.Sales.Subscriptions.RegisterPreSaleContract(Specialist, "DJ-2025-0001"));
        if (illegal)
        {
            // Never cancelled nor returned: the lifecycle has no refund from here.
            events.Add(new RefundPaid(new Money(50_000m, Currency.CNY), RefundPlace.CompanyHeadquarters, new LocalDate(2025, 3, 4)));
        }

        return Lines(SubscriptionAggregate.Definition.Serializer, SubscriptionAggregate.StreamOf(subscription), events);
    }

    private static string ComplaintLog(out List<ComplaintEvent> events)
    {
        var complaint = ComplaintId.From(Guid.Parse("3c9d2a41-0000-4000-8000-000000000001"));
        var account = AccountId.From(Guid.Parse("3c9d2a41-0000-4000-8000-000000000002"));
        events = Decide(
            ComplaintAggregate.Definition.Decider,
            new ReceiveComplaint(complaint, account, "Cartons arrived crushed", Department.Sales),
            new RecordInvestigation(ComplaintCause.Packaging, "Pallets stacked four high in transit", Department.Quality),
            new RequestCorrectiveAction(Department.Production, "Limit stacking to two pallets", new LocalDate(2025, 3, 10), Department.Quality),
            new ReportActionImplemented("Stacking limit printed on every pallet", Department.Production),
            new VerifyEffectiveness(true, "No damage in the next three deliveries", Department.Quality),
            new CloseComplaint(Department.Quality));
        return Lines(ComplaintAggregate.Definition.Serializer, ComplaintAggregate.StreamOf(complaint), events);
    }
}
