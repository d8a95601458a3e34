using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.AccountManagement;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Generators.AccountManagement;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.AccountManagement;

public sealed class ProposalProperties
{
    private static readonly Gen<ProposalCommand> Command = ProposalGenerators.Candidates(ProposalTests.Proposal, ProposalTests.Account);

    public sealed class Actual
    {
        public ProposalState State { get; set; } = ProposalDecider.Instance.Initial;
    }

    /// <summary>The proposal rules in the fewest words: a status, the revision, which needs the revision in draft
    /// answers, the submitted revisions, and whether the last command was accepted.</summary>
    public sealed record Model(ProposalStatus Status, int Revision, ImmutableSet Needs, int Submissions, int LatestSubmitted, bool LastAccepted)
    {
        public static Model Initial { get; } = new(ProposalStatus.None, 0, ImmutableSet.Empty, 0, 0, true);

        private static bool Blank(string? s) => string.IsNullOrWhiteSpace(s);

        public Model Step(ProposalCommand command)
        {
            var ok = this with { LastAccepted = true };
            var withCustomer = Status is ProposalStatus.Submitted or ProposalStatus.Negotiating;
            return command switch
            {
                DraftProposal d when Status == ProposalStatus.None && !Blank(d.Title) => ok with { Status = ProposalStatus.Draft, Revision = 1 },
                ReviseProposalSummary r when Status == ProposalStatus.Draft && !Blank(r.Summary) => ok,
                AnswerNeed a when Status == ProposalStatus.Draft && !Blank(a.Need) && !Blank(a.Solution) => ok with { Needs = Needs.Add(a.Need.Trim()) },
                MarkNeedOutOfScope m when Status == ProposalStatus.Draft && !Blank(m.Need) && !Blank(m.Reason) => ok with { Needs = Needs.Add(m.Need.Trim()) },
                ApproveProposal when Status == ProposalStatus.Draft => ok with { Status = ProposalStatus.Approved },
                SubmitProposal when Status == ProposalStatus.Approved && ProposalGenerators.Needs.All(Needs.Contains) =>
                    ok with { Status = ProposalStatus.Submitted, Submissions = Submissions + 1, LatestSubmitted = Revision },
                NegotiateProposal when Status == ProposalStatus.Submitted => ok with { Status = ProposalStatus.Negotiating },
                StartProposalRevision r when withCustomer && !Blank(r.Reason) => ok with { Status = ProposalStatus.Draft, Revision = Revision + 1 },
                AcceptProposal a when withCustomer && a.Revision == LatestSubmitted && !Blank(a.Signatory) => ok with { Status = ProposalStatus.Accepted },
                RejectProposal r when withCustomer && !Blank(r.Reason) => ok with { Status = ProposalStatus.Rejected },
                WithdrawProposal w when (withCustomer || Status is ProposalStatus.Draft or ProposalStatus.Approved) && !Blank(w.Reason) => ok with { Status = ProposalStatus.Withdrawn },
                _ => this with { LastAccepted = false },
            };
        }
    }

    /// <summary>A set compared by its items, for the model record.</summary>
    public sealed record ImmutableSet(System.Collections.Immutable.ImmutableSortedSet<string> Items)
    {
        public static ImmutableSet Empty { get; } = new(System.Collections.Immutable.ImmutableSortedSet<string>.Empty);

        public ImmutableSet Add(string item) => new(Items.Add(item));

        public bool Contains(string item) => Items.Contains(item);

        public override string ToString() => string.Join("|", Items);
    }

    private sealed class Execute(ProposalCommand command) : Operation<Actual, Model>
    {
        public override Model Run(Model model) => model.Step(command);

        public override Property Check(Actual actual, Model model)
        {
            var before = actual.State;
            var (decision, next) = ProposalDecider.Instance.Apply(command, before, ProposalTests.Context(before));
            actual.State = next;
            var agrees = decision.IsAccepted == model.LastAccepted
                && next.Status == model.Status
                && next.Revision == model.Revision
                && next.Submitted.Count == model.Submissions
                && (next.LatestSubmitted?.Revision ?? 0) == model.LatestSubmitted
                // A submitted revision never changes afterwards (KAM-03).
                && before.Submitted.SequenceEqual(next.Submitted.Take(before.Submitted.Count))
                && (decision.IsAccepted || decision.Error.RuleId.Value is "KAM-02" or "KAM-03");
            return agrees.Label($"{command} → {(decision.IsAccepted ? "accepted" : decision.Error.ToString())}; decider {next.Status} r{next.Revision}, model {model}");
        }

        public override string ToString() => command.ToString();
    }

    [Property(MaxTest = 300)]
    [Trait("Rule", "KAM-02")]
    [Trait("Rule", "KAM-03")]
    public Property The_decider_agrees_with_a_model_of_the_proposal_rules_for_any_command_sequence() =>
        StateMachine.ToProperty(new CommandMachine<Actual, Model>(40, () => new Actual(), () => Model.Initial, _ => Command.Select(c => (Operation<Actual, Model>)new Execute(c))));

    [Property(MaxTest = 200)]
    [Trait("Rule", "KAM-02")]
    public Property Every_submitted_revision_answers_every_recorded_need_and_an_accepted_proposal_accepted_its_latest() =>
        Prop.ForAll(Arb.From(ProposalGenerators.Histories()), history =>
            history.State.Submitted.All(r => ProposalGenerators.Needs.All(n => r.Responses.Any(x => x.Need == n && !string.IsNullOrWhiteSpace(x.Text))))
            && (history.State.Status != ProposalStatus.Accepted
                || history.Events.OfType<ProposalAccepted>().Single().Revision == history.State.LatestSubmitted!.Revision));
}
