using System;
using System.Threading.Tasks;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.EventSourcing;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Sales.Subscriptions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Sales;

public sealed class UnitTests
{
    private static readonly SubscriptionId First = SubscriptionId.From(Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001"));
    private static readonly SubscriptionId Second = SubscriptionId.From(Guid.Parse("aaaaaaaa-0000-0000-0000-000000000002"));
    private static readonly UnitState Listed = UnitDecider.Instance.Replay([new UnitListed(Unit, Project, "3-1502")]);

    [Fact]
    [Trait("Rule", "SUB-01")]
    public void An_available_unit_is_held_by_the_subscription_that_asks_first()
    {
        var held = DecisionAssert.Single<UnitEvent, UnitHeld>(UnitDecider.Instance.Decide(new HoldUnit(First), Listed, TestContexts.Default));

        Assert.Equal(First, held.Subscription);
    }

    [Fact]
    [Trait("Rule", "SITE-01")]
    public void A_unit_is_held_only_once_its_project_opened_sales()
    {
        var project = ProjectId.From(Guid.Parse("cccccccc-0000-4000-8000-000000000001"));
        var listed = UnitDecider.Instance.Replay([new UnitListed(Unit, project, "3-1502")]);
        var history = TestProjects.Opened(project, SalesMode.Agency);
        var beforeLaunch = new DecisionContextBuilder().Build().WithProject(project, history[..^1]);
        var afterLaunch = new DecisionContextBuilder().Build().WithProject(project, history);

        var error = DecisionAssert.Rejected(UnitDecider.Instance.Decide(new HoldUnit(First), listed, beforeLaunch), "SITE-01", "sales.unit_project_not_open");

        Assert.Equal(SalesProjectAggregate.StreamOf(project).Value, error.Detail<string>("project"));
        Assert.Contains("3-1502", UnitDecider.Instance.Evolve(listed, DecisionAssert.Single<UnitEvent, UnitHeld>(UnitDecider.Instance.Decide(new HoldUnit(First), listed, afterLaunch))).Code, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "GEN-11")]
    public void Holding_without_the_projects_state_in_the_context_is_refused_naming_the_stream_to_load()
    {
        var project = ProjectId.From(Guid.Parse("cccccccc-0000-4000-8000-000000000002"));
        var listed = UnitDecider.Instance.Replay([new UnitListed(Unit, project, "3-1502")]);

        var error = DecisionAssert.Rejected(UnitDecider.Instance.Decide(new HoldUnit(First), listed, TestContexts.Default), "GEN-11", "evidence.missing");

        Assert.Equal(SalesProjectAggregate.StreamOf(project).Value, error.Detail<string>("stream"));
    }

    [Fact]
    [Trait("Rule", "SUB-01")]
    public void Subscribing_a_held_unit_is_rejected()
    {
        var state = UnitDecider.Instance.Evolve(Listed, new UnitHeld(First));

        var error = DecisionAssert.Rejected(UnitDecider.Instance.Decide(new HoldUnit(Second), state, TestContexts.Default), "SUB-01", "sales.unit_unavailable");

        Assert.Equal(First, error.Detail<SubscriptionId?>("heldBy"));
        Assert.Empty(DecisionAssert.Accepted(UnitDecider.Instance.Decide(new HoldUnit(First), state, TestContexts.Default)));
    }

    [Fact]
    [Trait("Rule", "SUB-01")]
    public void Only_the_holder_releases_the_unit_and_a_released_unit_can_be_held_again()
    {
        var state = UnitDecider.Instance.Evolve(Listed, new UnitHeld(First));

        DecisionAssert.Rejected(UnitDecider.Instance.Decide(new ReleaseUnit(Second), state, TestContexts.Default), "SUB-01", "sales.unit_held_by_another");
        var released = UnitDecider.Instance.Evolve(state, DecisionAssert.Single<UnitEvent, UnitReleased>(UnitDecider.Instance.Decide(new ReleaseUnit(First), state, TestContexts.Default)));
        DecisionAssert.Rejected(UnitDecider.Instance.Decide(new ReleaseUnit(First), released, TestContexts.Default), "SUB-01", "lifecycle.transition_not_allowed");
        DecisionAssert.Single<UnitEvent, UnitHeld>(UnitDecider.Instance.Decide(new HoldUnit(Second), released, TestContexts.Default));
    }

    [Fact]
    [Trait("Rule", "SUB-01")]
    public void A_unit_not_on_sale_cannot_be_held_and_needs_a_code_to_be_listed()
    {
        DecisionAssert.Rejected(UnitDecider.Instance.Decide(new HoldUnit(First), UnitState.Initial, TestContexts.Default), "SUB-01", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(UnitDecider.Instance.Decide(new ListUnit(Unit, Project, " "), UnitState.Initial, TestContexts.Default), "SUB-01", "sales.unit_code_required");
        DecisionAssert.Rejected(UnitDecider.Instance.Decide(new ListUnit(Unit, Project, "3-1502"), Listed, TestContexts.Default), "SUB-01", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "SUB-01")]
    public async Task Two_concurrent_holds_of_one_unit_cannot_both_be_written()
    {
        // Both specialists decide on the same version of the unit stream; the expected-version append lets one win.
        var store = new InMemoryEventStore<UnitEvent>();
        var handler = new CommandHandler<UnitCommand, UnitEvent, UnitState>(UnitDecider.Instance, store);
        var stream = UnitAggregate.StreamOf(Unit);
        await handler.HandleAsync(stream, CommandId.From(Guid.NewGuid()), Specialist, new ListUnit(Unit, Project, "3-1502"), TestContexts.Default);

        var racing = new ConflictOnceStore(store);
        var slow = new CommandHandler<UnitCommand, UnitEvent, UnitState>(UnitDecider.Instance, racing);
        racing.BeforeAppend = () => handler.HandleAsync(stream, CommandId.From(Guid.NewGuid()), Specialist, new HoldUnit(First), TestContexts.Default).AsTask();

        var outcome = await slow.HandleAsync(stream, CommandId.From(Guid.NewGuid()), Specialist, new HoldUnit(Second), TestContexts.Default);

        Assert.True(outcome.IsConflict);
        var retried = await handler.HandleAsync(stream, CommandId.From(Guid.NewGuid()), Specialist, new HoldUnit(Second), TestContexts.Default);
        Assert.True(retried.IsRejected);
        Assert.Equal("SUB-01", retried.AsT1.RuleId.Value);
        Assert.Equal(First, (await handler.LoadAsync(stream)).State.HeldBy);
    }

    /// <summary>A store that lets another writer in between a read and the append that follows it.</summary>
    private sealed class ConflictOnceStore(IEventStore<UnitEvent> inner) : IEventStore<UnitEvent>
    {
        public Func<Task>? BeforeAppend { get; set; }

        public ValueTask<System.Collections.Generic.IReadOnlyList<EventEnvelope<UnitEvent>>> ReadAsync(StreamId stream, System.Threading.CancellationToken cancellationToken = default) =>
            inner.ReadAsync(stream, cancellationToken);

        public ValueTask<System.Collections.Generic.IReadOnlyList<StoredEvent<UnitEvent>>> ReadAllAsync(long afterPosition, int maxCount, System.Threading.CancellationToken cancellationToken = default) =>
            inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

        public async ValueTask<AppendResult> AppendAsync(StreamId stream, long expectedVersion, System.Collections.Generic.IReadOnlyList<EventEnvelope<UnitEvent>> events, System.Threading.CancellationToken cancellationToken = default)
        {
            if (BeforeAppend is { } before)
            {
                BeforeAppend = null;
                await before();
            }

            return await inner.AppendAsync(stream, expectedVersion, events, cancellationToken);
        }
    }
}
