using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.StateMachines;
using KeyAccount.Domain.Tests.Support;
using Xunit;
using static KeyAccount.Domain.Tests.Negotiations.Plans;

namespace KeyAccount.Domain.Tests.Negotiations;

public sealed class NegotiationLifecycleTests
{
    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Every_phase_is_reachable_and_only_closed_and_abandoned_are_terminal()
    {
        Assert.Empty(LifecycleAnalysis.UnreachableStates(NegotiationLifecycle.Table));
        Assert.Equal([NegotiationPhase.Closed, NegotiationPhase.Abandoned], LifecycleAnalysis.TerminalStates(NegotiationLifecycle.Table));
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Skipping_a_phase_is_rejected_by_the_table()
    {
        var error = Assert.IsType<TransitionNotAllowed>(DecisionAssert.Rejected(Plan.Decide(new StartBargaining(), InOpening, Now), "GEN-05"));
        Assert.Equal(("negotiation-plan", "Opening", "StartBargaining"), (error.Lifecycle, error.From, error.Trigger));
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void A_suspended_negotiation_resumes_in_the_phase_it_left()
    {
        var suspended = Run(InBargaining, new SuspendNegotiation(" deadlock on price "));
        Assert.Equal((NegotiationPhase.Suspended, NegotiationPhase.Bargaining), (suspended.Phase, suspended.SuspendedFrom));

        var resumed = DecisionAssert.Single<NegotiationEvent, PhaseChanged>(Plan.Decide(new ResumeNegotiation(), suspended, Now));

        Assert.Equal((NegotiationTrigger.ResumeBargaining, NegotiationPhase.Bargaining), (resumed.Trigger, resumed.To));
        Assert.Null(Run(suspended, new ResumeNegotiation()).SuspendedFrom);
        DecisionAssert.Rejected(Plan.Decide(new ResumeNegotiation(), InBargaining, Now), "GEN-05");
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void A_negotiation_is_suspended_or_abandoned_only_before_signing_and_abandoned_is_final()
    {
        DecisionAssert.Rejected(Plan.Decide(new SuspendNegotiation(null), Signed, Now), "GEN-05");
        DecisionAssert.Rejected(Plan.Decide(new AbandonNegotiation("too late"), Signed, Now), "GEN-05");

        var abandoned = Run(Run(InOpening, new SuspendNegotiation(null)), new AbandonNegotiation("customer chose another supplier"));

        Assert.Equal(NegotiationPhase.Abandoned, abandoned.Phase);
        Assert.All(Plan.ProposeCommands(abandoned, Now), _ => Assert.Fail("nothing is proposed for an abandoned plan"));
        DecisionAssert.Rejected(Plan.Decide(new ResumeNegotiation(), abandoned, Now), "GEN-05");
    }

    [Fact]
    [Trait("Rule", "GEN-06")]
    public void What_next_names_the_gate_that_blocks_the_next_phase()
    {
        var next = Plan.WhatNext(Drafted, Now, Plan.ProposeCommands(Drafted, Now));

        Assert.Equal([typeof(SuspendNegotiation), typeof(AbandonNegotiation)], next.Accepted.Select(c => c.GetType()));
        var blocked = Assert.Single(next.Blocked);
        Assert.IsType<CompletePreparation>(blocked.Command);
        Assert.Equal(["NEG-03"], next.BlockingRules.Select(r => r.Value));
        Assert.Equal(7, Assert.IsType<RequirementsMissing>(blocked.Reason).Missing.Count);
    }

    [Fact]
    [Trait("Rule", "GEN-06")]
    public void What_next_accepts_the_next_phase_once_its_gate_is_met_and_changes_nothing()
    {
        var given = ReadyToOpen;

        var next = Plan.WhatNext(given, Now, Plan.ProposeCommands(given, Now));

        Assert.Contains(next.Accepted, c => c is CompletePreparation);
        Assert.Empty(next.Blocked);
        Assert.Equal(NegotiationPhase.Preparation, given.Phase);
    }

    [Fact]
    [Trait("Rule", "GEN-06")]
    public void What_next_for_a_suspended_plan_offers_the_way_back_and_abandoning()
    {
        var suspended = Run(InAgreement, new SuspendNegotiation(null));

        var next = Plan.WhatNext(suspended, Now, Plan.ProposeCommands(suspended, Now));

        Assert.Equal([typeof(ResumeNegotiation), typeof(AbandonNegotiation)], next.Accepted.Select(c => c.GetType()));
        Assert.Empty(Plan.ProposeCommands(NegotiationPlan.Empty, Now));
    }

    [Fact]
    [Trait("Rule", "GEN-06")]
    public void What_next_before_closing_names_the_pending_follow_ups()
    {
        var next = Plan.WhatNext(InFollowUp, Now, Plan.ProposeCommands(InFollowUp, Now));

        Assert.Empty(next.Accepted);
        Assert.Equal(["NEG-10"], next.BlockingRules.Select(r => r.Value));
    }
}
