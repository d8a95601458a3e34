using System;
using System.Linq;
using KeyAccount.Domain.AccountManagement;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.AccountManagement;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.AccountManagement;

public sealed class ProposalTests
{
    internal static readonly ProposalDecider Decider = ProposalDecider.Instance;
    internal static readonly ProposalId Proposal = new(new Guid("9a000000-0000-0000-0000-000000000001"));
    internal static readonly AccountId Account = new(new Guid("acc00000-0000-0000-0000-000000000002"));
    internal static readonly NegotiationPlanId Plan = new(new Guid("0e900000-0000-0000-0000-000000000003"));
    internal static readonly ActorId Approver = new("E0002");

    internal static DecisionContext Context(ProposalState state) => ProposalGenerators.ContextFor(state, TestContexts.Default);

    internal static ProposalState Given(params ProposalCommand[] commands) =>
        commands.Aggregate(Decider.Initial, (state, c) =>
        {
            var (decision, next) = Decider.Apply(c, state, Context(state));
            Assert.True(decision.IsAccepted, $"{c}: {(decision.IsRejected ? decision.Error.ToString() : "")}");
            return next;
        });

    internal static Decision<ProposalEvent> When(ProposalState state, ProposalCommand command) => Decider.Decide(command, state, Context(state));

    internal static readonly ProposalCommand[] Answered =
    [
        new DraftProposal(Proposal, Account, " Valve supply 2025 ", "Framework agreement for gate valves", Plan),
        new AnswerNeed(ProposalGenerators.Needs[0], "Consignment stock, 48-hour call-off"),
        new MarkNeedOutOfScope(ProposalGenerators.Needs[1], "We hold spares in Ningbo only"),
    ];

    internal static readonly ProposalCommand[] SubmittedOnce = [.. Answered, new ApproveProposal(Approver), new SubmitProposal()];

    [Fact]
    [Trait("Rule", "KAM-02")]
    public void The_needs_are_the_accounts_recorded_needs_stated_visited_and_changed()
    {
        Assert.Equal(ProposalGenerators.Needs, ProposalGenerators.Account(Account).RecordedNeeds.ToArray());
    }

    [Fact]
    [Trait("Rule", "KAM-02")]
    public void A_proposal_is_not_submitted_while_a_recorded_need_is_neither_answered_nor_out_of_scope()
    {
        var state = Given(Answered[0], Answered[1], new ApproveProposal(Approver));

        var error = Assert.IsType<RequirementsMissing>(DecisionAssert.Rejected(When(state, new SubmitProposal()), "KAM-02", "proposal.needs_unanswered"));

        Assert.Equal(ProposalGenerators.Needs[1], Assert.Single(Assert.Single(error.Missing).Details).Value);
    }

    [Fact]
    [Trait("Rule", "KAM-02")]
    public void A_need_out_of_scope_states_its_reason_and_an_answer_states_its_solution()
    {
        var draft = Given(Answered[0]);
        DecisionAssert.Rejected(When(draft, new MarkNeedOutOfScope(ProposalGenerators.Needs[1], " ")), "KAM-02", "proposal.out_of_scope_reason_required");
        DecisionAssert.Rejected(When(draft, new AnswerNeed(ProposalGenerators.Needs[0], "")), "KAM-02", "proposal.solution_required");
        DecisionAssert.Rejected(When(draft, new AnswerNeed("", "Anything")), "KAM-02", "proposal.need_required");
    }

    [Fact]
    [Trait("Rule", "KAM-02")]
    [Trait("Rule", "GEN-11")]
    public void Submission_reads_the_accounts_needs_from_the_context()
    {
        var state = Given([.. Answered, new ApproveProposal(Approver)]);

        DecisionAssert.Rejected(Decider.Decide(new SubmitProposal(), state, TestContexts.Default), "GEN-11", "evidence.missing");
    }

    [Fact]
    [Trait("Rule", "KAM-03")]
    public void A_proposal_is_drafted_approved_submitted_negotiated_and_accepted_naming_the_signatory()
    {
        var state = Given([.. SubmittedOnce, new NegotiateProposal()]);
        Assert.Equal(ProposalStatus.Negotiating, state.Status);
        Assert.Equal(Plan, state.Plan);
        var submitted = Assert.Single(state.Submitted);
        Assert.Equal(Approver, submitted.ApprovedBy);
        Assert.Equal(2, submitted.Responses.Length);

        var (decision, accepted) = Decider.Apply(new AcceptProposal(1, " Wang Lei "), state, Context(state));

        Assert.Equal("Wang Lei", DecisionAssert.Single<ProposalEvent, ProposalAccepted>(decision).Signatory);
        Assert.Equal(ProposalStatus.Accepted, accepted.Status);
    }

    [Fact]
    [Trait("Rule", "KAM-03")]
    public void A_submitted_revision_is_immutable_and_a_change_is_a_new_revision()
    {
        var submitted = Given(SubmittedOnce);
        DecisionAssert.Rejected(When(submitted, new AnswerNeed(ProposalGenerators.Needs[1], "Spares in Hangzhou after all")), "KAM-03", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(When(submitted, new ReviseProposalSummary("Cheaper")), "KAM-03", "lifecycle.transition_not_allowed");

        var revised = Given([.. SubmittedOnce, new StartProposalRevision("Customer asks for local spares"), new AnswerNeed(ProposalGenerators.Needs[1], "Spares in Hangzhou")]);

        Assert.Equal(2, revised.Revision);
        Assert.Equal(ProposalStatus.Draft, revised.Status);
        Assert.True(Assert.Single(revised.Submitted).Responses.Single(r => r.Need == ProposalGenerators.Needs[1]).OutOfScope);
        DecisionAssert.Rejected(When(revised, new SubmitProposal()), "KAM-03", "lifecycle.transition_not_allowed");
    }

    [Fact]
    [Trait("Rule", "KAM-03")]
    public void Only_the_latest_submitted_revision_is_accepted()
    {
        var twice = Given([.. SubmittedOnce, new StartProposalRevision("Price"), new ApproveProposal(Approver), new SubmitProposal()]);
        Assert.Equal([1, 2], twice.Submitted.Select(r => r.Revision));

        var error = DecisionAssert.Rejected(When(twice, new AcceptProposal(1, "Wang Lei")), "KAM-03", "proposal.not_latest_revision");

        Assert.Equal(2, error.Detail<int>("latest"));
        DecisionAssert.Rejected(When(twice, new AcceptProposal(2, " ")), "KAM-03", "proposal.signatory_required");
        DecisionAssert.Single<ProposalEvent, ProposalAccepted>(When(twice, new AcceptProposal(2, "Wang Lei")));
    }

    [Fact]
    [Trait("Rule", "KAM-03")]
    public void Nothing_is_accepted_before_submission_or_after_a_rejection_and_closing_states_the_reason()
    {
        DecisionAssert.Rejected(When(Given(Answered), new AcceptProposal(1, "Wang Lei")), "KAM-03", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(When(Given(Answered), new SubmitProposal()), "KAM-03", "lifecycle.transition_not_allowed");
        var rejected = Given([.. SubmittedOnce, new RejectProposal("Budget cut")]);
        Assert.Equal("Budget cut", rejected.ClosingReason);
        DecisionAssert.Rejected(When(rejected, new AcceptProposal(1, "Wang Lei")), "KAM-03", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(When(Given(Answered), new WithdrawProposal("")), "KAM-03", "proposal.reason_required");
        DecisionAssert.Rejected(When(Decider.Initial, new DraftProposal(Proposal, Account, " ", "")), "KAM-03", "proposal.title_required");
    }
}
