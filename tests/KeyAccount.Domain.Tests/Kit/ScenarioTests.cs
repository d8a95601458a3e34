using System;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Scenarios;
using KeyAccount.Domain.Tests.Kernel.Sample;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

public sealed class ScenarioTests
{
    private static readonly Scenario<TicketCommand, TicketEvent, TicketState> Opened =
        Scenario.For(new TicketDecider()).Given(new TicketOpened("Fix the gate"));

    [Fact]
    public void A_met_expectation_passes_and_chains()
    {
        Opened.When(new StartTicket())
            .ThenEvents(new TicketStarted())
            .ThenState(s => s.Status == TicketStatus.InProgress, "the ticket is in progress");
    }

    [Fact]
    public void Events_compare_by_content_even_when_they_hold_lists()
    {
        Opened.When(new CommentOnTicket("note")).ThenEvents(new TicketCommented("note", [], null));
    }

    [Fact]
    public void A_wrong_event_fails_with_the_history_the_command_and_the_difference()
    {
        var e = Assert.Throws<ScenarioFailedException>(() => Opened.When(new StartTicket()).ThenEvents(new TicketFinished()));

        Assert.Equal(
            """
            Scenario failed: the events differ.
            Given (1 item):
              1. TicketOpened {"title":"Fix the gate"}
            When:
              StartTicket {}
            On:
              2025-03-03 Monday, a working day (10:00 Asia/Shanghai)
            Expected (1 item):
              1. TicketFinished {}
            Difference:
              event 1: expected TicketFinished {}, got TicketStarted {}
            Actual events (1 item):
              1. TicketStarted {}

            """.ReplaceLineEndings(Environment.NewLine),
            e.Message);
    }

    [Fact]
    public void An_acceptance_where_a_rejection_was_expected_fails_naming_the_rule()
    {
        var e = Assert.Throws<ScenarioFailedException>(() => Opened.When(new StartTicket()).ThenRejected("TST-01"));
        Assert.StartsWith("Scenario failed: expected rejection by TST-01, but the command was accepted.", e.Message, StringComparison.Ordinal);
        Assert.Contains("Actual events (1 item):", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejection_by_another_rule_fails_showing_the_actual_rejection()
    {
        var e = Assert.Throws<ScenarioFailedException>(() => Opened.When(new CancelTicket("")).ThenRejected("TST-01"));
        Assert.StartsWith("Scenario failed: expected rejection by TST-01, but got a rejection by TST-03 with code ticket.reason_required.", e.Message, StringComparison.Ordinal);
        Assert.Contains("Actual rejection:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejections_can_be_inspected_by_type_and_detail()
    {
        Opened.When(new CancelTicket("")).ThenRejected("TST-03", "ticket.reason_required").ThenDetail("status", TicketStatus.Open);
        Opened.When(new FinishTicket()).ThenRejected<Domain.Decisions.TransitionNotAllowed>("TST-01", t => Assert.Equal("Open", t.From));

        var e = Assert.Throws<ScenarioFailedException>(() => Opened.When(new CancelTicket("")).ThenDetail("status", TicketStatus.Done));
        Assert.StartsWith("Scenario failed: expected the rejection's status to be Done, but it is Open.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_detail_fails_listing_the_details_the_rejection_has()
    {
        var e = Assert.Throws<ScenarioFailedException>(() => Opened.When(new CancelTicket("")).ThenDetail("earliestRefundDate", new LocalDate(2025, 3, 10)));
        Assert.StartsWith(
            "Scenario failed: expected the rejection's earliestRefundDate to be 2025-03-10, but it has no detail earliestRefundDate; its details are status.",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejection_emits_no_event_so_the_two_expectations_compose()
    {
        Opened.When(new CancelTicket("")).ThenRejected("TST-03").ThenNoEvents();
        var e = Assert.Throws<ScenarioFailedException>(() => Opened.When(new StartTicket()).ThenNoEvents());
        Assert.StartsWith("Scenario failed: expected no event, but the command emitted 1 event.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ScenarioFailedException>(() => Opened.When(new CancelTicket("")).ThenAccepted().ThenNoEvents());
    }

    [Fact]
    public void Events_of_the_same_type_fail_naming_the_first_member_that_differs()
    {
        var e = Assert.Throws<ScenarioFailedException>(() => Opened.When(new CommentOnTicket("note")).ThenEvents(new TicketCommented("a note", [], null)));
        Assert.Contains($"Difference:{Environment.NewLine}  event 1 (TicketCommented): text: expected a note, got note{Environment.NewLine}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_failure_shows_the_day_the_command_was_decided_on()
    {
        var holiday = new DecisionContextBuilder().At(new LocalDateTime(2025, 10, 1, 9, 0)).Build();
        var makeUp = new DecisionContextBuilder().At(new LocalDateTime(2025, 9, 28, 9, 0)).Build();
        var e = Assert.Throws<ScenarioFailedException>(() => Opened.In(holiday).When(new StartTicket()).ThenRejected("TST-01"));
        Assert.Contains($"On:{Environment.NewLine}  2025-10-01 Wednesday, a public holiday (09:00 Asia/Shanghai)", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ScenarioFailedException>(() => Opened.In(makeUp).When(new StartTicket()).ThenState(s => s.Status == TicketStatus.Done, "done"));
        Assert.Contains("2025-09-28 Sunday, a make-up working day", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ScenarioFailedException>(() => Scenario.For(new TicketDecider()).In(makeUp).GivenCommands(new StartTicket()));
        Assert.Contains("2025-09-28 Sunday, a make-up working day", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void States_compare_by_value_and_a_different_state_fails_naming_the_members()
    {
        var decider = new TicketDecider();
        var events = new TicketEvent[] { new TicketOpened("Fix the gate"), new TicketCommented("note", ["x"], 1) };

        // The sample's state is a plain record holding an immutable list, so two replays are not Equal; ThenState
        // still compares them by value, member by member.
        Assert.NotEqual(decider.Replay(events), decider.Replay(events.ToList()));
        Opened.When(new CommentOnTicket("x")).ThenState(decider.Replay([new TicketOpened("Fix the gate"), new TicketCommented("x", [], null)]));

        var e = Assert.Throws<ScenarioFailedException>(() => Opened.When(new StartTicket()).ThenState(decider.Replay(events)));
        Assert.Contains(
            $"Differences (2 items):{Environment.NewLine}  1. status: expected Open, got InProgress{Environment.NewLine}  2. comments: expected 1 item, got 0 items{Environment.NewLine}",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_false_state_predicate_fails_with_its_description_and_the_state()
    {
        var e = Assert.Throws<ScenarioFailedException>(() => Opened.When(new StartTicket()).ThenState(s => s.Status == TicketStatus.Done, "the ticket is done"));
        Assert.Contains("expected the state to satisfy \"the ticket is done\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("TicketState {\"status\":\"InProgress\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_given_as_commands_must_itself_be_possible()
    {
        var scenario = Scenario.For(new TicketDecider()).GivenCommands(new OpenTicket("Fix the gate"), new StartTicket());
        Assert.Equal(TicketStatus.InProgress, scenario.State.Status);

        var e = Assert.Throws<ScenarioFailedException>(() => Scenario.For(new TicketDecider()).GivenCommands(new StartTicket()));
        Assert.StartsWith("Scenario failed: command 1 of the history was rejected", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_runs_in_the_context_it_is_given()
    {
        var context = new DecisionContextBuilder().At(new LocalDateTime(2025, 10, 1, 9, 0)).Build();
        Assert.Equal(new LocalDate(2025, 10, 1), context.Today);
        Assert.False(context.Calendar.IsWorkingDay(context.Today));
        Opened.In(context).When(new StartTicket()).ThenAccepted();
    }

    [Fact]
    public void A_fixed_clock_reads_the_same_instant_until_advanced()
    {
        var clock = FixedClock.AtBeijingTime(new LocalDateTime(2025, 3, 3, 10, 0));
        Assert.Equal(clock.GetCurrentInstant(), clock.GetCurrentInstant());
        Assert.Equal(Instant.FromUtc(2025, 3, 3, 3, 0), clock.AdvancedBy(Duration.FromHours(1)).GetCurrentInstant());
    }
}
