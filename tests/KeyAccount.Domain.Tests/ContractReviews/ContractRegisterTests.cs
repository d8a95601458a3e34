using System;
using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Serialization;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.ContractReviews;

[Trait("Rule", "CR-01")]
public sealed class ContractRegisterTests
{
    private static readonly ContractRegisterDecider Decider = ContractRegisterDecider.Instance;

    private static ContractReviewId NewReview(int n) => ContractReviewId.From(new Guid(n, 0, 0, new byte[8]));

    [Fact]
    public void The_first_contract_of_a_register_gets_serial_number_one_and_each_next_one_more()
    {
        var state = Decider.Initial;
        for (var n = 1; n <= 3; n++)
        {
            var (decision, next) = Decider.Apply(new RegisterContract(NewReview(n), ReviewSteps.Account, $"PO-2025-{n:000}"), state, TestContexts.Default);
            var registered = Assert.IsType<ContractRegistered>(Assert.Single(DecisionAssert.Accepted(decision)));
            Assert.Equal(n, registered.SerialNumber);
            Assert.Equal(TestContexts.Default.Today, registered.RegisteredOn);
            state = next;
        }

        Assert.Equal(3, state.LastSerialNumber);
    }

    [Fact]
    public void Registering_the_same_contract_twice_is_rejected_and_no_number_is_spent()
    {
        var (_, state) = Decider.Apply(new RegisterContract(NewReview(1), ReviewSteps.Account, "PO-2025-001"), Decider.Initial, TestContexts.Default);

        var error = DecisionAssert.Rejected(Decider.Decide(new RegisterContract(NewReview(1), ReviewSteps.Account, "PO-2025-001"), state, TestContexts.Default), "CR-01", "contract_register.already_registered");

        Assert.Equal(1L, error.Detail<long>("serialNumber"));
        Assert.Equal(1, state.LastSerialNumber);
    }

    [Fact]
    public void A_contract_without_a_written_title_is_not_registered()
    {
        DecisionAssert.Rejected(Decider.Decide(new RegisterContract(NewReview(1), ReviewSteps.Account, "  "), Decider.Initial, TestContexts.Default), "CR-01", "contract_register.title_required");
    }

    [Fact]
    public void A_review_is_opened_only_with_a_number_the_register_can_have_issued()
    {
        DecisionAssert.Rejected(ReviewSteps.When(ReviewSteps.ReviewDecider.Initial, ReviewSteps.Open(serialNumber: 0)), "CR-01", "contract_review.serial_number_invalid");
    }

    [Fact]
    public void A_review_is_opened_once()
    {
        DecisionAssert.Rejected(ReviewSteps.When(ReviewSteps.Given(ReviewSteps.Open()), ReviewSteps.Open(2)), "CR-01", "lifecycle.transition_not_allowed");
    }

    [Fact]
    public void Nothing_happens_to_a_review_that_was_not_opened()
    {
        DecisionAssert.Rejected(ReviewSteps.When(ReviewSteps.ReviewDecider.Initial, new StartReview()), "GEN-05", "lifecycle.transition_not_allowed");
    }

    [Fact]
    public void Registration_events_are_evidence_of_controlled_documented_information()
    {
        Assert.Equal("7.5.3", ContractRegisterAggregate.ClauseOf(new ContractRegistered(NewReview(1), ReviewSteps.Account, "PO", 1, TestContexts.Default.Today)).Value);
    }

    [Fact]
    public void Registration_events_survive_a_json_round_trip()
    {
        var registered = new ContractRegistered(NewReview(1), ReviewSteps.Account, "PO-2025-001", 42, TestContexts.Default.Today);
        Assert.Equal(registered, EventRoundTrip.Of(ContractRegisterAggregate.Definition.Serializer, (ContractRegisterEvent)registered));
        Assert.Equal(["contract_register.registered.v1"], ContractRegisterAggregate.Definition.Events.WireNames.ToArray());
    }

    [Fact]
    [Trait("Rule", "GEN-03")]
    public async System.Threading.Tasks.Task A_retried_registration_with_the_same_command_id_spends_no_second_number()
    {
        var store = new EventSourcing.InMemoryEventStore<ContractRegisterEvent>();
        var handler = new EventSourcing.CommandHandler<ContractRegisterCommand, ContractRegisterEvent, ContractRegisterState>(Decider, store);
        var stream = ContractRegisterAggregate.StreamOf(ReviewSteps.Register);
        var commandId = CommandId.From(Guid.NewGuid());
        var command = new RegisterContract(NewReview(1), ReviewSteps.Account, "PO-2025-001");

        var first = await handler.HandleAsync(stream, commandId, new ActorId("S017"), command, TestContexts.Default);
        var retry = await handler.HandleAsync(stream, commandId, new ActorId("S017"), command, TestContexts.Default);

        Assert.False(first.AsT0.AlreadyProcessed);
        Assert.True(retry.AsT0.AlreadyProcessed);
        Assert.Single(await store.ReadAsync(stream));
    }

    [Fact]
    public void The_first_registration_opens_the_register()
    {
        var registered = new ContractRegistered(NewReview(1), ReviewSteps.Account, "PO-2025-001", 1, TestContexts.Default.Today);

        Assert.Equal(ContractRegisterStatus.None, Decider.Initial.Status);
        Assert.Equal(ContractRegisterStatus.Open, Decider.Replay([registered]).Status);
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void A_review_history_that_does_not_begin_with_the_opening_does_not_replay()
    {
        var started = new ReviewStarted(ReviewRoute.Standard, [], TestContexts.Default.Today);

        var error = ReviewSteps.ReviewDecider.TryReplay([started]).AsT1;

        Assert.Equal(MalformedEventKind.DoesNotFollow, error.Kind);
        Assert.Equal(1, error.Position);
        Assert.Equal("GEN-05", error.IllegalMoveRule?.ToString());
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void A_review_opened_twice_does_not_replay_and_names_CR_01()
    {
        var opened = new ContractReviewOpened(ReviewSteps.Review, ReviewSteps.Register, 1, ReviewSteps.Account, TestContexts.Default.Today);

        var error = ReviewSteps.ReviewDecider.TryReplay([opened, opened]).AsT1;

        Assert.Equal(2, error.Position);
        Assert.Equal("CR-01", error.IllegalMoveRule?.ToString());
    }
}
