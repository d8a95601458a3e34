using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.ContractReviews;

namespace KeyAccount.Domain.Tests.ContractReviews;

/// <summary>Runs command sequences from the kit's candidates against an opened review and describes states by value.</summary>
internal static class ReviewRuns
{
    /// <summary>Command sequences that follow the opening of the review.</summary>
    public static readonly Arbitrary<ContractReviewCommand[]> Sequences = Arb.From(ContractReviewGenerators.Candidates.ArrayOf());

    /// <summary>Runs a sequence from the opened review; returns every accepted event and each step's before/after.</summary>
    public static (List<ContractReviewEvent> Events, List<(ContractReviewState Before, ContractReviewCommand Command, bool Accepted, ContractReviewState After)> Steps) Run(IEnumerable<ContractReviewCommand> commands)
    {
        var decider = ContractReviewDecider.Instance;
        var context = ReviewSteps.Context;
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
