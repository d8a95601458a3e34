using System;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>
/// A proposal (提案) to a key account (需求分析与方案设计, 提案提交与谈判): drafted, its solution answering every need
/// recorded on the account or marking it out of scope with a reason (KAM-02), approved internally, submitted,
/// negotiated, then accepted, rejected or withdrawn (KAM-03). A submitted revision is immutable — a change starts a new
/// revision — and only the latest submitted revision can be accepted, naming the customer's signatory.
/// </summary>
/// <remarks>Submission reads the account's state from the context (<see cref="DecisionContext.WithSource{TState}"/>,
/// GEN-11): the needs are the account's, never the command's.</remarks>
internal sealed class ProposalDecider
    : LifecycleDecider<ProposalCommand, ProposalEvent, ProposalState, ProposalStatus, ProposalTrigger>
{
    private ProposalDecider()
        : base(ProposalState.NotDrafted, ProposalLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static ProposalDecider Instance { get; } = new();

    /// <inheritdoc />
    public override ProposalTrigger? TriggerOf(ProposalEvent @event) => @event switch
    {
        ProposalDrafted => ProposalTrigger.Draft,
        ProposalSummaryRevised or NeedResponded => ProposalTrigger.Edit,
        ProposalApproved => ProposalTrigger.Approve,
        ProposalSubmitted => ProposalTrigger.Submit,
        ProposalNegotiationStarted => ProposalTrigger.Negotiate,
        ProposalRevisionStarted => ProposalTrigger.Revise,
        ProposalAccepted => ProposalTrigger.Accept,
        ProposalRejected => ProposalTrigger.Reject,
        ProposalWithdrawn => ProposalTrigger.Withdraw,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a proposal event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override ProposalTrigger? TriggerOf(ProposalCommand command, ProposalState state) => command switch
    {
        DraftProposal => ProposalTrigger.Draft,
        ReviseProposalSummary or AnswerNeed or MarkNeedOutOfScope => ProposalTrigger.Edit,
        ApproveProposal => ProposalTrigger.Approve,
        SubmitProposal => ProposalTrigger.Submit,
        NegotiateProposal => ProposalTrigger.Negotiate,
        StartProposalRevision => ProposalTrigger.Revise,
        AcceptProposal => ProposalTrigger.Accept,
        RejectProposal => ProposalTrigger.Reject,
        WithdrawProposal => ProposalTrigger.Withdraw,
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not a proposal command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<ProposalEvent> DecideData(ProposalCommand command, ProposalState state, DecisionContext context)
    {
        var today = context.Today;
        return command switch
        {
            DraftProposal c => Text(c.Title, "KAM-03", "proposal.title_required")
                ?? Accept(new ProposalDrafted(c.Proposal, c.Account, c.Title.Trim(), c.Summary?.Trim() ?? string.Empty, c.Plan, today)),
            ReviseProposalSummary c => Text(c.Summary, "KAM-03", "proposal.summary_required") ?? Accept(new ProposalSummaryRevised(c.Summary.Trim())),
            AnswerNeed c => Text(c.Need, "KAM-02", "proposal.need_required")
                ?? Text(c.Solution, "KAM-02", "proposal.solution_required")
                ?? Accept(new NeedResponded(new NeedResponse(c.Need.Trim(), false, c.Solution.Trim()))),
            MarkNeedOutOfScope c => Text(c.Need, "KAM-02", "proposal.need_required")
                ?? Text(c.Reason, "KAM-02", "proposal.out_of_scope_reason_required")
                ?? Accept(new NeedResponded(new NeedResponse(c.Need.Trim(), true, c.Reason.Trim()))),
            ApproveProposal c => Accept(new ProposalApproved(state.Revision, c.Approver, today)),
            SubmitProposal => Submit(state, context),
            NegotiateProposal c => Accept(new ProposalNegotiationStarted(c.Plan ?? state.Plan, today)),
            StartProposalRevision c => Text(c.Reason, "KAM-03", "proposal.reason_required") ?? Accept(new ProposalRevisionStarted(state.Revision + 1, c.Reason.Trim(), today)),
            AcceptProposal c => AcceptRevision(c, state, today),
            RejectProposal c => Text(c.Reason, "KAM-03", "proposal.reason_required") ?? Accept(new ProposalRejected(c.Reason.Trim(), today)),
            WithdrawProposal c => Text(c.Reason, "KAM-03", "proposal.reason_required") ?? Accept(new ProposalWithdrawn(c.Reason.Trim(), today)),
            _ => throw new ArgumentException($"{command.GetType().Name} is not a proposal command.", nameof(command)),
        };
    }

    /// <inheritdoc />
    private protected override ProposalState Fold(ProposalState state, ProposalEvent @event) => @event switch
    {
        ProposalDrafted d => state with { Proposal = d.Proposal, Account = d.Account, Title = d.Title, Summary = d.Summary, Plan = d.Plan, Revision = 1 },
        ProposalSummaryRevised r => state with { Summary = r.Summary },
        NeedResponded r => state with { Responses = Respond(state.Responses, r.Response) },
        ProposalApproved a => state with { ApprovedBy = a.Approver },
        ProposalSubmitted s => state with
        {
            Submitted = state.Submitted.Add(new ProposalRevision(s.Revision, s.Summary, s.Responses, state.ApprovedBy!.Value, s.SubmittedOn)),
        },
        ProposalNegotiationStarted n => state with { Plan = n.Plan },
        ProposalRevisionStarted r => state with { Revision = r.Revision, ApprovedBy = null },
        ProposalAccepted a => state with { Signatory = a.Signatory },
        ProposalRejected r => state with { ClosingReason = r.Reason },
        ProposalWithdrawn w => state with { ClosingReason = w.Reason },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a proposal event.", nameof(@event)),
    };

    // KAM-02: the needs are the account's, read from the context (GEN-11); each is answered or out of scope.
    private static Decision<ProposalEvent> Submit(ProposalState state, DecisionContext context)
    {
        var stream = AccountAggregate.StreamOf(state.Account);
        if (!Evidence.TryGet<AccountState>(context, "account", stream, out var account, out var missing))
        {
            return missing;
        }

        var responded = state.Responses.Select(r => r.Need).ToHashSet(StringComparer.Ordinal);
        var unanswered = account.RecordedNeeds.Where(need => !responded.Contains(need))
            .Select(need => AccountManagementMessages.Missing("proposal.need_unanswered", new ErrorDetail("need", need)))
            .ToList();
        return unanswered.Count > 0
            ? new RequirementsMissing("KAM-02", "proposal.needs_unanswered", AccountManagementMessages.Source, unanswered)
            : Accept(new ProposalSubmitted(state.Revision, state.Summary, [.. state.Responses], context.Today));
    }

    // KAM-03: only the latest submitted revision is accepted, and acceptance names the customer's signatory.
    private static Decision<ProposalEvent> AcceptRevision(AcceptProposal c, ProposalState state, NodaTime.LocalDate today)
    {
        var latest = state.LatestSubmitted!.Revision;
        if (c.Revision != latest)
        {
            return AccountManagementMessages.Violation("KAM-03", "proposal.not_latest_revision", new ErrorDetail("revision", c.Revision), new ErrorDetail("latest", latest));
        }

        return Text(c.Signatory, "KAM-03", "proposal.signatory_required") ?? Accept(new ProposalAccepted(c.Revision, c.Signatory.Trim(), today));
    }

    private static ImmutableList<NeedResponse> Respond(ImmutableList<NeedResponse> responses, NeedResponse response) =>
        responses.FindIndex(r => r.Need == response.Need) is var i and >= 0 ? responses.SetItem(i, response) : responses.Add(response);

    private static Decision<ProposalEvent> Accept(ProposalEvent @event) => Decision<ProposalEvent>.Accept(@event);

    private static RuleViolation? Text(string? value, RuleId rule, string code) =>
        string.IsNullOrWhiteSpace(value) ? AccountManagementMessages.Violation(rule, code) : null;
}
