using System.Linq;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Processes;

/// <summary>A process is pure and derives its command IDs from the source event (GEN-12, GEN-03).</summary>
[Trait("Rule", "GEN-12")]
public sealed class ProcessDefinitionTests
{
    private static readonly StreamId Source = SubscriptionAggregate.StreamOf(Subscription);

    private static EventEnvelope<SubscriptionEvent> At(long version, SubscriptionEvent e) =>
        new(Source, version, CommandId.From(System.Guid.NewGuid()), Specialist, Instant.FromUtc(2025, 3, 3, 2, 0), e);

    [Fact]
    public void A_draft_asks_the_unit_for_a_hold_with_an_id_derived_from_the_event()
    {
        var drafted = Drafted();
        var commands = SubscriptionUnitProcess.Definition.React(At(1, drafted), SubscriptionState.Initial);
        var again = SubscriptionUnitProcess.Definition.React(At(1, drafted), SubscriptionState.Initial);
        var later = SubscriptionUnitProcess.Definition.React(At(2, drafted), SubscriptionState.Initial);

        var hold = Assert.Single(commands);
        Assert.Equal(new HoldUnit(Subscription), hold.Command);
        Assert.Equal(UnitAggregate.StreamOf(Unit), hold.Stream);
        Assert.Equal((UnitAggregate.Definition.Name, Specialist), (hold.Target.Name, hold.Actor));
        Assert.Equal(hold.CommandId, Assert.Single(again).CommandId);
        Assert.NotEqual(hold.CommandId, Assert.Single(later).CommandId);
    }

    [Fact]
    [Trait("Rule", "SUB-08")]
    public void The_compensation_of_a_refused_hold_carries_the_units_rule_back_to_the_subscription()
    {
        var hold = Assert.Single(SubscriptionUnitProcess.Definition.React(At(1, Drafted()), SubscriptionState.Initial));
        var refusal = SalesMessages.Violation("SUB-01", "sales.unit_unavailable");

        var compensation = hold.CompensationFor(refusal, TestContexts.Default)!;

        Assert.Equal(new RecordUnitRefusal(Specialist, Unit, "SUB-01", "sales.unit_unavailable"), compensation.Command);
        Assert.Equal(Source, compensation.Stream);
        Assert.NotEqual(hold.CommandId, compensation.CommandId);
        Assert.Equal(compensation.CommandId, hold.CompensationFor(refusal, TestContexts.Default)!.CommandId);
    }

    [Fact]
    public void An_event_no_row_reacts_to_asks_for_nothing()
    {
        var state = Given(Effective());
        Assert.Empty(SubscriptionUnitProcess.Definition.React(At(4, new SigningNoticeTermsSigned(Monday)), state));
        Assert.Empty(SubscriptionUnitProcess.Definition.React(At(4, new CancellationRequested(CancellationKind.Cancellation, [], null, null, Monday)), state));
    }

    [Fact]
    public void Every_process_of_the_catalogue_reacts_to_events_of_its_source_and_sends_commands_of_its_targets()
    {
        Assert.All(ProcessCatalogue.All, p =>
        {
            Assert.NotEmpty(p.Reactions);
            Assert.All(p.Reactions, r => Assert.NotNull(Aggregates.AggregateCatalogue.Find(r.Target)));
        });
        Assert.Equal(ProcessCatalogue.All.Count, ProcessCatalogue.All.Select(p => p.Name).Distinct().Count());
    }
}
