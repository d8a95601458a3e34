using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.AccountManagement;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Testing.Fixtures;

namespace KeyAccount.Domain.Testing.Generators.AccountManagement;

/// <summary>
/// FsCheck generators for proposals (<see cref="ProposalAggregate"/>, KAM-02, KAM-03): an account with recorded needs,
/// the context a submission is decided in (the account's state as evidence, GEN-11) and commands valid and invalid
/// alike (blank texts, unanswered needs, a revision that is not the latest, steps out of order).
/// </summary>
public static class ProposalGenerators
{
    /// <summary>Gets the needs recorded on <see cref="Account"/>: the stated needs and a change of needs.</summary>
    public static string[] Needs { get; } = ["Delivery within 10 days", "Spare parts stocked in Hangzhou"];

    /// <summary>Returns the state of an account with <see cref="Needs"/> recorded, as replayed from its stream.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The state.</returns>
    public static AccountState Account(AccountId account) =>
        AccountAggregate.Definition.Decider.Replay<AccountCommand, AccountEvent, AccountState>(
        [
            new AccountOpened(account, "Hangzhou Jinlong Valves Co.", "Screening 2025", new ActorId("E0007"), TestContexts.Default.Today),
            new NeedsStated(Needs[0]),
            new NeedsChangeRecorded(new ContactId(Guid.Empty), TestContexts.Default.Today, Needs[1]),
        ]);

    /// <summary>Returns the context a proposal's command is decided in: <paramref name="context"/> with the state of
    /// the proposal's account (<see cref="Account"/>) as evidence, once the proposal names one.</summary>
    /// <param name="state">The proposal so far.</param>
    /// <param name="context">The context without evidence.</param>
    /// <returns>The context.</returns>
    public static DecisionContext ContextFor(ProposalState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        return state.IsDrafted ? context.WithSource(AccountAggregate.StreamOf(state.Account), 3, Account(state.Account)) : context;
    }

    /// <summary>Returns candidate commands whatever the state, valid and invalid alike.</summary>
    /// <param name="proposal">The proposal drafts name.</param>
    /// <param name="account">The account drafts name.</param>
    /// <returns>The generator.</returns>
    public static Gen<ProposalCommand> Candidates(ProposalId proposal, AccountId account)
    {
        var text = Gen.Elements(string.Empty, " ", "Stock 200 valves at the customer's site", "Out of our product range");
        var need = Gen.Elements(Needs.Append("Free installation").Append(string.Empty).ToArray());
        return Gen.OneOf(
            text.Select(t => (ProposalCommand)new DraftProposal(proposal, account, t, "Valve supply 2025")),
            text.Select(t => (ProposalCommand)new ReviseProposalSummary(t)),
            from n in need from t in text select (ProposalCommand)new AnswerNeed(n, t),
            from n in need from t in text select (ProposalCommand)new MarkNeedOutOfScope(n, t),
            Gen.Constant((ProposalCommand)new ApproveProposal(new ActorId("E0002"))),
            Gen.Constant((ProposalCommand)new SubmitProposal()),
            Gen.Constant((ProposalCommand)new NegotiateProposal(new NegotiationPlanId(Guid.Empty))),
            text.Select(t => (ProposalCommand)new StartProposalRevision(t)),
            from r in Gen.Choose(0, 4) from s in Gen.Elements(string.Empty, "Wang Lei, purchasing director") select (ProposalCommand)new AcceptProposal(r, s),
            text.Select(t => (ProposalCommand)new RejectProposal(t)),
            text.Select(t => (ProposalCommand)new WithdrawProposal(t)));
    }

    /// <summary>Returns candidate commands for a state: mostly the next step (the needs answered before approval),
    /// mixed with <see cref="Candidates"/> for the refusals.</summary>
    /// <param name="state">The proposal so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<ProposalCommand> Commands(ProposalState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsDrafted)
        {
            var draft = from proposal in KernelGenerators.Identifier<ProposalId>()
                        from account in KernelGenerators.Identifier<AccountId>()
                        select (ProposalCommand)new DraftProposal(proposal, account, "Valve supply 2025", "Framework agreement for gate valves");
            return Gen.Frequency((6, draft), (1, Candidates(default, default)));
        }

        var unanswered = Needs.Where(n => state.Responses.All(r => r.Need != n)).ToArray();
        Gen<ProposalCommand> next = state.Status switch
        {
            ProposalStatus.Draft when unanswered.Length > 0 => Gen.Elements(
                (ProposalCommand)new AnswerNeed(unanswered[0], "Consignment stock at the customer's warehouse"),
                new MarkNeedOutOfScope(unanswered[0], "Outside our service area")),
            ProposalStatus.Draft => Gen.Elements((ProposalCommand)new ApproveProposal(new ActorId("E0002")), new ReviseProposalSummary("Framework agreement, revised")),
            ProposalStatus.Approved => Gen.Constant((ProposalCommand)new SubmitProposal()),
            ProposalStatus.Submitted or ProposalStatus.Negotiating => Gen.Elements(
                (ProposalCommand)new NegotiateProposal(null),
                new StartProposalRevision("Price adjusted in negotiation"),
                new AcceptProposal(state.LatestSubmitted!.Revision, "Wang Lei, purchasing director"),
                new RejectProposal("Budget cut")),
            _ => Candidates(state.Proposal, state.Account),
        };
        return Gen.Frequency((4, next), (1, Candidates(state.Proposal, state.Account)));
    }

    /// <summary>Returns valid histories of a proposal (see <see cref="Generators.Histories"/>), each command decided
    /// with its account's state as evidence (<see cref="ContextFor"/>).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<ProposalCommand, ProposalEvent, ProposalState>> Histories(DecisionContext? context = null)
    {
        var decided = context ?? TestContexts.Default;
        return global::KeyAccount.Domain.Testing.Generators.Histories.OverTime(
            ProposalAggregate.Definition.Decider, (state, _) => Commands(state), (today, state, _) => ContextFor(state, today), decided);
    }
}
