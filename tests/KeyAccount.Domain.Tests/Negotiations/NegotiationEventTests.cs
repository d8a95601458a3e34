using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Negotiations.Plans;

namespace KeyAccount.Domain.Tests.Negotiations;

[Trait("Rule", "GEN-02")]
public sealed class NegotiationEventTests
{
    /// <summary>One example of every negotiation event, with optional values both present and absent.</summary>
    public static IReadOnlyList<NegotiationEvent> Examples { get; } =
    [
        new PlanDrafted(PlanId, Account, "2025 renewal", [NegotiationTopic.Price, NegotiationTopic.Payment]),
        new ObjectiveSet(PriceObjective),
        new ObjectiveSet(PriceObjective with { Target = Measure.Of(Money.Cny(95.5m)), BottomLine = Measure.Of(Money.Cny(98m)), CounterpartBottomLine = null }),
        new TeamAssigned(Team.Lead, [.. Team.Members]),
        new CounterpartRecorded(Counterpart.Party),
        new StrategyDefined(["bundle"], "no more than 2 % off"),
        new MeetingScheduled(Meeting, "room 3"),
        new DelegatesIntroduced(["Wang Lei", "陈刚"]),
        new PurposeStated("renew"),
        new AgendaProposed([.. Agenda.Items]),
        new BackgroundShared("Huaxin Purchasing", "buys 20,000 pumps a year"),
        new NeedsRecorded(null, [new Need(FastDeliveryNeed, "delivery within 10 days")], "a partnership"),
        new QuestionRaised(StockQuestion, "consignment stock?"),
        new QuestionAnswered(StockQuestion, "yes"),
        new QuestionDeferred(StockQuestion, CompleteMinutes.FollowUps[0]),
        new SolutionProposed(Consignment, "consignment stock", [FastDeliveryNeed, LongTermNeed]),
        new SolutionDiscussed(Consignment, "accepted"),
        new DisputeRaised(Penalty, "penalty"),
        new DisputeSettled(Penalty, Settlement.Deferred, "later"),
        new AgendaItemSettled(PriceItem, Settlement.Agreed, "-3 %"),
        new ConcessionMade(Price, Measure.Percent(1m), Measure.Percent(-4m), "volume"),
        new BottomLineRevised(Term, Measure.Months(6m), Measure.Months(3m), Director, "policy"),
        new StrategyAdjusted("lead with the term", "volume is firm"),
        new MinutesRecorded(CompleteMinutes),
        new ContractReviewAttached(Review),
        new ContractReviewWithdrawn(Review.Review, 1, new LocalDate(2025, 3, 3)),
        new FollowUpCompleted(DraftAction, "sent"),
        new FollowUpCancelled(PenaltyAction, "not needed"),
        new OutcomeRecorded(Term, Measure.Days(30m)),
        new PhaseChanged(NegotiationTrigger.Suspend, NegotiationPhase.Bargaining, NegotiationPhase.Suspended, Meeting, "deadlock"),
        new PhaseChanged(NegotiationTrigger.CompletePreparation, NegotiationPhase.Preparation, NegotiationPhase.Opening, Meeting, null),
    ];

    [Fact]
    public void The_examples_cover_every_event_of_the_catalogue()
    {
        Assert.Equal(
            NegotiationPlanAggregate.Definition.Events.EventTypes.Select(t => t.Name).Order(),
            Examples.Select(e => e.GetType().Name).Distinct().Order());
        Assert.All(NegotiationPlanAggregate.Definition.Events.WireNames, n => Assert.Matches("^negotiation\\.[a-z_]+\\.v1$", n));
    }

    [Fact]
    public void Every_event_survives_a_json_round_trip()
    {
        foreach (var e in Examples)
        {
            var read = EventRoundTrip.Of(NegotiationPlanAggregate.Definition.Serializer, e);
            Assert.Equal(e.GetType(), read.GetType());
            Assert.Equal(StateJson.Of(e), StateJson.Of(read));
        }
    }

    [Fact]
    public void Events_are_written_with_camel_case_names_and_enum_strings()
    {
        var json = NegotiationPlanAggregate.Definition.Serializer.Serialize(new KeyAccount.Domain.EventSourcing.EventEnvelope<NegotiationEvent>(
            new KeyAccount.Domain.Identifiers.StreamId("negotiation-1"), 1, KeyAccount.Domain.Identifiers.CommandId.From(Guid.Empty), Lead, Meeting, new ObjectiveSet(PriceObjective)));

        Assert.Contains("\"type\":\"negotiation.objective_set.v1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"preference\":\"Lower\"", json, StringComparison.Ordinal);
        Assert.Contains("\"target\":{\"unit\":\"Percent\",\"value\":-5", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"unit\":\"Percent\",\"value\":-5,\"currency\":\"CNY\"}", MalformedEventKind.InvalidValue)]
    [InlineData("{\"unit\":\"Money\",\"value\":95}", MalformedEventKind.InvalidValue)]
    [InlineData("{\"unit\":\"Percent\"}", MalformedEventKind.MissingProperty)]
    public void A_malformed_measure_is_a_clear_error_not_an_event(string measure, MalformedEventKind kind)
    {
        var line = "{\"type\":\"negotiation.outcome_recorded.v1\",\"stream\":\"negotiation-1\",\"version\":1,\"commandId\":\"" + Guid.Empty
            + "\",\"actor\":\"E1\",\"recordedAt\":\"2025-03-03T02:00:00Z\",\"data\":{\"objective\":\"" + Guid.Empty + "\",\"achieved\":" + measure + "}}";

        var read = NegotiationPlanAggregate.Definition.Serializer.Deserialize(line, 7);

        Assert.True(read.IsT1);
        Assert.Equal((kind, 7L), (read.AsT1.Kind, read.AsT1.Position));
    }

    [Fact]
    public void An_event_of_another_family_is_refused()
    {
        var line = "{\"type\":\"account.opened.v1\",\"stream\":\"negotiation-1\",\"version\":1,\"commandId\":\"" + Guid.Empty
            + "\",\"actor\":\"E1\",\"recordedAt\":\"2025-03-03T02:00:00Z\",\"data\":{}}";
        Assert.Equal(MalformedEventKind.UnknownType, NegotiationPlanAggregate.Definition.Serializer.Deserialize(line).AsT1.Kind);
    }

    [Fact]
    public void Evolve_refuses_an_event_it_does_not_know()
    {
        Assert.Throws<ArgumentException>(() => Plan.Evolve(NegotiationPlan.Empty, new UnknownEvent()));
    }

    private sealed record UnknownEvent : NegotiationEvent;
}
