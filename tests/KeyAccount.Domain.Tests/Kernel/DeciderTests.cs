using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Kernel.Sample;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kernel;

public sealed class DeciderTests
{
    private static readonly TicketDecider Decider = new();

    internal static Gen<TicketCommand> CommandGen { get; } = Gen.OneOf(
        Gen.Elements("Fix the gate", "", "  ").Select(t => (TicketCommand)new OpenTicket(t)),
        Gen.Constant((TicketCommand)new StartTicket()),
        Gen.Constant((TicketCommand)new FinishTicket()),
        Gen.Elements("duplicate", "").Select(r => (TicketCommand)new CancelTicket(r)),
        Gen.Elements("note", "another").Select(t => (TicketCommand)new CommentOnTicket(t)));

    internal static (IReadOnlyList<TicketEvent> Events, TicketState State) Run(IEnumerable<TicketCommand> commands)
    {
        var events = new List<TicketEvent>();
        var state = Decider.Initial;
        foreach (var command in commands)
        {
            var (decision, next) = Decider.Apply(command, state, TestContexts.Default);
            if (decision.IsAccepted)
            {
                events.AddRange(decision.Events);
            }

            state = next;
        }

        return (events, state);
    }

    [Fact]
    [Trait("Rule", "GEN-01")]
    public void Deciding_twice_on_the_same_input_gives_the_same_decision()
    {
        var state = Decider.Replay([new TicketOpened("Fix the gate")]);
        var first = Decider.Decide(new StartTicket(), state, TestContexts.Default);
        var second = Decider.Decide(new StartTicket(), state, TestContexts.Default);
        Assert.Equal(first.Events, second.Events);
    }

    [Property]
    [Trait("Rule", "GEN-01")]
    public Property Decisions_are_pure_functions_of_state_command_and_context() =>
        Prop.ForAll(CommandGen.ListOf().ToArbitrary(), CommandGen.ToArbitrary(), (history, command) =>
        {
            var (_, state) = Run(history);
            var a = Decider.Decide(command, state, TestContexts.Default);
            var b = Decider.Decide(command, state, TestContexts.Default);
            return a.IsAccepted == b.IsAccepted
                && (a.IsAccepted ? a.Events.SequenceEqual(b.Events) : a.Error.Equals(b.Error));
        });

    [Property]
    [Trait("Rule", "GEN-02")]
    public Property Replaying_the_accepted_events_reproduces_the_state() =>
        Prop.ForAll(CommandGen.ListOf().ToArbitrary(), commands =>
        {
            var (events, state) = Run(commands);
            var replayed = Decider.Replay(events);
            return replayed.Status == state.Status && replayed.Title == state.Title && replayed.Comments.SequenceEqual(state.Comments);
        });

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void Evolving_an_unknown_event_is_an_error_not_a_silent_skip()
    {
        Assert.Throws<ArgumentException>(() => Decider.Evolve(Decider.Initial, new StrayEvent()));
    }

    [Fact]
    [Trait("Rule", "GEN-06")]
    public void What_next_lists_the_accepted_commands_and_the_rules_that_block_the_others()
    {
        var state = Decider.Replay([new TicketOpened("Fix the gate")]);
        var next = Decider.WhatNext(state, TestContexts.Default, Decider.ProposeCommands(state, TestContexts.Default));

        Assert.Equal([typeof(StartTicket), typeof(CancelTicket), typeof(CommentOnTicket)], next.Accepted.Select(c => c.GetType()));
        Assert.Equal([typeof(OpenTicket), typeof(FinishTicket)], next.Blocked.Select(b => b.Command.GetType()));
        Assert.Equal(["TST-01"], next.BlockingRules.Select(r => r.Value));
    }

    [Fact]
    [Trait("Rule", "GEN-06")]
    public void What_next_has_no_side_effects_on_the_state()
    {
        var state = Decider.Replay([new TicketOpened("Fix the gate")]);
        _ = Decider.WhatNext(state, TestContexts.Default, Decider.ProposeCommands(state, TestContexts.Default));
        Assert.Equal(TicketStatus.Open, state.Status);
        Assert.Empty(state.Comments);
    }

    [Fact]
    public void A_decision_is_either_events_or_a_rejection()
    {
        var accepted = Decision<TicketEvent>.Accept(new TicketStarted());
        Assert.True(accepted.IsAccepted);
        Assert.Throws<InvalidOperationException>(() => accepted.Error);

        var rejected = Decider.Decide(new StartTicket(), Decider.Initial, TestContexts.Default);
        var error = DecisionAssert.Rejected(rejected, "TST-01", "lifecycle.transition_not_allowed");
        Assert.Throws<InvalidOperationException>(() => rejected.Events);
        Assert.IsType<TransitionNotAllowed>(error);
    }

    [Fact]
    public void Policies_default_to_the_catalogue_and_can_be_overridden()
    {
        var context = TestContexts.Default;
        Assert.Same(SamplePolicy.Default, context.Policy<SamplePolicy>());
        var custom = new SamplePolicy(3);
        var overridden = context.With(custom);
        Assert.Same(custom, overridden.Policy<SamplePolicy>());
        Assert.Same(SamplePolicy.Default, context.Policy<SamplePolicy>());
        Assert.Same(custom, overridden.At(context.Now.PlusTicks(1)).Policy<SamplePolicy>());
    }

    [Fact]
    public void The_business_date_is_reckoned_in_the_hosts_zone()
    {
        // 2025-03-02T17:30Z is already Monday 2025-03-03 in Beijing.
        var context = TestContexts.Default.At(NodaTime.Instant.FromUtc(2025, 3, 2, 17, 30));
        Assert.Equal(new NodaTime.LocalDate(2025, 3, 3), context.Today);
    }

    private sealed record StrayEvent : TicketEvent;

    private sealed record SamplePolicy(int Days) : IPolicy<SamplePolicy>
    {
        public static SamplePolicy Default { get; } = new(5);
    }
}
