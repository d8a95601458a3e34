using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Experimental;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.ContractReviews;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.ContractReviews;

/// <summary>
/// Model-based test of the contract review: an independent, deliberately naive model of the rules predicts, for every
/// generated command, whether it is accepted and which state follows; the decider must agree. FsCheck shrinks a
/// disagreement to the shortest command sequence.
/// </summary>
public sealed class ContractReviewModelTests
{
    /// <summary>The system under test: the decider's state, advanced command by command.</summary>
    public sealed class Actual
    {
        public ContractReviewState State { get; set; } = ContractReviewDecider.Instance.Apply(ReviewSteps.Open(), ContractReviewDecider.Instance.Initial, ReviewSteps.Context).State;
    }

    /// <summary>What the rules say in the fewest words.</summary>
    public sealed record Model(
        ContractReviewStatus Status,
        bool Complete,
        bool Special,
        bool Routed,
        ImmutableHashSet<Department> Favourable,
        ImmutableHashSet<Department> Recorded,
        ImmutableHashSet<int> OpenIssues,
        int IssueCount,
        int Quantity,
        FulfilmentRoute? Fulfilment,
        bool LastAccepted)
    {
        public static Model Initial { get; } = new(ContractReviewStatus.Registered, false, false, false, [], [], [], 0, 0, null, true);

        public Department Approver => Routed ? Department.GeneralManagement : Department.Sales;

        public static bool IsComplete(ContractRequirements r) =>
            !string.IsNullOrWhiteSpace(r.Product) && r.Quantity > 0 && !string.IsNullOrWhiteSpace(r.Delivery) && !string.IsNullOrWhiteSpace(r.PostDelivery) && r.LegalAndRegulatoryConfirmed;

        public Model Step(ContractReviewCommand command)
        {
            var refused = this with { LastAccepted = false };
            var ok = this with { LastAccepted = true };
            var reviewing = Status == ContractReviewStatus.UnderReview;
            return command switch
            {
                DetermineRequirements d when Status == ContractReviewStatus.Registered =>
                    ok with { Complete = IsComplete(d.Requirements), Special = d.Requirements.SpecialRequirements.Count > 0, Quantity = d.Requirements.Quantity ?? 0 },
                StartReview when Status == ContractReviewStatus.Registered && Complete => ok with { Status = ContractReviewStatus.UnderReview, Routed = Special },
                RecordVerdict v when reviewing && Routed && v.Department is Department.Production or Department.Technical or Department.Quality
                                     && (v.Feasible || !string.IsNullOrWhiteSpace(v.Remarks)) =>
                    ok with { Recorded = Recorded.Add(v.Department), Favourable = v.Feasible ? Favourable.Add(v.Department) : Favourable.Remove(v.Department) },
                RaiseReviewIssue r when reviewing && !string.IsNullOrWhiteSpace(r.Description) => ok with { IssueCount = IssueCount + 1, OpenIssues = OpenIssues.Add(IssueCount + 1) },
                ResolveReviewIssue r when reviewing && OpenIssues.Contains(r.Number) && !string.IsNullOrWhiteSpace(r.Resolution) => ok with { OpenIssues = OpenIssues.Remove(r.Number) },
                ApproveContractReview a when reviewing && a.By == Approver && (!Routed || Favourable.Count == 3) && OpenIssues.IsEmpty =>
                    ok with { Status = ContractReviewStatus.Approved, Fulfilment = null },
                RejectContractReview r when reviewing && r.By == Approver && !string.IsNullOrWhiteSpace(r.Reason) => ok with { Status = ContractReviewStatus.Rejected },
                AmendContract a when Status == ContractReviewStatus.Approved && IsComplete(a.Requirements) && !string.IsNullOrWhiteSpace(a.Summary) =>
                    ok with
                    {
                        Status = ContractReviewStatus.UnderReview, Special = a.Requirements.SpecialRequirements.Count > 0, Routed = a.Requirements.SpecialRequirements.Count > 0,
                        Quantity = a.Requirements.Quantity ?? 0, Favourable = [], Recorded = [], Fulfilment = null,
                    },
                DecideFulfilment f when Status == ContractReviewStatus.Approved && f.QualifiedStockOnHand >= 0 && Fulfilment is null =>
                    ok with { Fulfilment = f.QualifiedStockOnHand >= Quantity ? FulfilmentRoute.ShipFromStock : FulfilmentRoute.ProductionPlanning },
                _ => refused,
            };
        }
    }

    private sealed class Execute(ContractReviewCommand command) : Operation<Actual, Model>
    {
        public override Model Run(Model model) => model.Step(command);

        public override Property Check(Actual actual, Model model)
        {
            var (decision, next) = ContractReviewDecider.Instance.Apply(command, actual.State, ReviewSteps.Context);
            actual.State = next;
            var agrees = decision.IsAccepted == model.LastAccepted
                && next.Status == model.Status
                && next.Verdicts.Keys.ToHashSet().SetEquals(model.Recorded)
                && next.OpenIssues.Select(i => i.Number).ToHashSet().SetEquals(model.OpenIssues)
                && next.Fulfilment == model.Fulfilment
                && (next.Reference is not null) == (model.Status == ContractReviewStatus.Approved)
                && (decision.IsAccepted || decision.Error.RuleId.Family is "CR" or "GEN");
            return agrees.Label($"{command} → {(decision.IsAccepted ? "accepted" : decision.Error.ToString())}; decider {next.Status}, model {model}");
        }

        public override string ToString() => command.ToString();
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "CR-03")]
    [Trait("Rule", "CR-04")]
    [Trait("Rule", "CR-05")]
    [Trait("Rule", "CR-06")]
    public Property The_decider_agrees_with_a_model_of_the_review_rules_for_any_command_sequence() =>
        StateMachine.ToProperty(new CommandMachine<Actual, Model>(40, () => new Actual(), () => Model.Initial, _ => ContractReviewGenerators.Candidates.Select(c => (Operation<Actual, Model>)new Execute(c))));
}
