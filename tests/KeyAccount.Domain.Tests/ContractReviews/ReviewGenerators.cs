using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Tests.ContractReviews;

/// <summary>Generators of contract review commands, valid and invalid alike, so that sequences reach every state and every refusal.</summary>
internal static class ReviewGenerators
{
    public static readonly Gen<ContractRequirements> Requirements = Gen.OneOf(
        Gen.Constant(ReviewSteps.Standard),
        Gen.Constant(ReviewSteps.Special),
        Gen.Constant(ReviewSteps.Standard with { Product = null }),
        Gen.Constant(ReviewSteps.Special with { LegalAndRegulatoryConfirmed = false }),
        Gen.Choose(-1, 300).Select(q => ReviewSteps.Standard with { Quantity = q }));

    private static readonly Gen<Department> Departments = Gen.Elements(System.Enum.GetValues<Department>());

    private static readonly Gen<string> Text = Gen.Elements("", " ", "Agreed in writing", "Cannot meet tolerance");

    public static readonly Gen<ContractReviewCommand> Command = Gen.Frequency(
        (2, Requirements.Select(r => (ContractReviewCommand)new DetermineRequirements(r))),
        (2, Gen.Constant((ContractReviewCommand)new StartReview())),
        (6, from d in Gen.Elements(Department.Production, Department.Technical, Department.Quality, Department.Sales)
            from f in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            from t in Text
            select (ContractReviewCommand)new RecordVerdict(d, f, t)),
        (2, from k in Gen.Elements(ReviewIssueKind.CustomerObjection, ReviewIssueKind.DifferenceFromStatedRequirements)
            from t in Text
            select (ContractReviewCommand)new RaiseReviewIssue(k, t)),
        (2, from n in Gen.Choose(0, 3)
            from t in Text
            select (ContractReviewCommand)new ResolveReviewIssue(n, t)),
        (4, Gen.Elements(Department.Sales, Department.GeneralManagement, Department.Quality).Select(d => (ContractReviewCommand)new ApproveContractReview(d))),
        (1, from d in Departments
            from t in Text
            select (ContractReviewCommand)new RejectContractReview(d, t)),
        (2, from r in Requirements
            from t in Text
            select (ContractReviewCommand)new AmendContract(r, t)),
        (2, Gen.Choose(-5, 250).Select(s => (ContractReviewCommand)new DecideFulfilment(s))));

    /// <summary>Command sequences that follow the opening of the review.</summary>
    public static readonly Arbitrary<ContractReviewCommand[]> Sequences = Arb.From(Command.ArrayOf());

    /// <summary>Runs a sequence from the opened review; returns every accepted event and each step's before/after.</summary>
    public static (List<ContractReviewEvent> Events, List<(ContractReviewState Before, ContractReviewCommand Command, bool Accepted, ContractReviewState After)> Steps) Run(IEnumerable<ContractReviewCommand> commands)
    {
        var decider = ContractReviewDecider.Instance;
        var context = Support.TestContexts.Default;
        var (first, state) = decider.Apply(ReviewSteps.Open(), decider.Initial, context);
        var events = first.Events.ToList();
        var steps = new List<(ContractReviewState, ContractReviewCommand, bool, ContractReviewState)>();
        foreach (var command in commands)
        {
            var (decision, next) = decider.Apply(command, state, context);
            if (decision.IsAccepted)
            {
                events.AddRange(decision.Events);
            }

            steps.Add((state, command, decision.IsAccepted, next));
            state = next;
        }

        return (events, steps);
    }

    /// <summary>A value-comparable description of a state (immutable collections compare by reference).</summary>
    public static string Describe(ContractReviewState s) =>
        $"{s.IsOpened}|{s.Review}|{s.SerialNumber}|{s.Status}|{s.Requirements.Product}|{s.Requirements.Quantity}|{s.Requirements.IsSpecial}|{s.Route}|"
        + $"{string.Join(",", s.RequiredVerdicts)}|{string.Join(",", s.Verdicts.OrderBy(v => v.Key).Select(v => $"{v.Key}:{v.Value.Feasible}:{v.Value.Remarks}"))}|"
        + $"{string.Join(",", s.Issues.Select(i => $"{i.Number}:{i.Kind}:{i.Description}:{i.Resolution}"))}|{s.ApprovedBy}|{s.ApprovedOn}|{s.Fulfilment}|{s.Amendments}|{s.Reference}";
}
