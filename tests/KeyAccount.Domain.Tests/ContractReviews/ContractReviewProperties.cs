using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.ContractReviews;

public sealed class ContractReviewProperties
{
    private static readonly ContractReviewDecider Decider = ContractReviewDecider.Instance;

    [Property(MaxTest = 200)]
    [Trait("Rule", "GEN-02")]
    public Property Any_sequence_of_accepted_commands_replays_to_the_same_state() =>
        Prop.ForAll(ReviewRuns.Sequences, commands =>
        {
            var (events, steps) = ReviewRuns.Run(commands);
            var final = steps.Count == 0 ? Decider.Replay(events) : steps[^1].After;
            return ReviewRuns.Describe(Decider.Replay(events)) == ReviewRuns.Describe(final);
        });

    [Property(MaxTest = 100)]
    [Trait("Rule", "GEN-02")]
    public Property Every_event_of_any_sequence_survives_a_json_round_trip_and_replays_alike() =>
        Prop.ForAll(ReviewRuns.Sequences, commands =>
        {
            var (events, _) = ReviewRuns.Run(commands);
            var read = events.Select(e => EventRoundTrip.Of(ContractReviewAggregate.Definition.Serializer, e)).ToList();
            return ReviewRuns.Describe(Decider.Replay(read)) == ReviewRuns.Describe(Decider.Replay(events));
        });

    [Property(MaxTest = 300)]
    [Trait("Rule", "GEN-05")]
    public Property No_accepted_command_leaves_the_table_and_a_rejected_one_changes_nothing() =>
        Prop.ForAll(ReviewRuns.Sequences, commands =>
            ReviewRuns.Run(commands).Steps.All(step => step.Accepted
                ? ContractReviewLifecycle.Table.Find(step.Before.Status, ContractReviewDecider.TriggerOf(step.Command))?.To == step.After.Status
                : ReviewRuns.Describe(step.Before) == ReviewRuns.Describe(step.After)));

    [Property(MaxTest = 300)]
    [Trait("Rule", "GEN-05")]
    public Property A_rejected_review_stays_rejected() =>
        Prop.ForAll(ReviewRuns.Sequences, commands =>
            ReviewRuns.Run(commands).Steps
                .Where(s => s.Before.Status == ContractReviewStatus.Rejected)
                .All(s => !s.Accepted && s.After.Status == ContractReviewStatus.Rejected));

    [Property(MaxTest = 500)]
    [Trait("Rule", "CR-03")]
    public Property No_sequence_of_accepted_commands_approves_special_requirements_with_a_verdict_missing() =>
        Prop.ForAll(ReviewRuns.Sequences, commands =>
            ReviewRuns.Run(commands).Steps
                .Where(s => s.Accepted && s.Command is ApproveContractReview)
                .All(s => s.Before.Route == ReviewRoute.Standard
                    ? s.After.ApprovedBy == Department.Sales
                    : s.After.ApprovedBy == Department.GeneralManagement
                      && new[] { Department.Production, Department.Technical, Department.Quality }.All(d => s.Before.Verdicts.TryGetValue(d, out var v) && v.Feasible)
                      && s.Before.Requirements.IsSpecial));

    [Property(MaxTest = 300)]
    [Trait("Rule", "CR-04")]
    public Property No_sequence_of_accepted_commands_approves_with_an_open_objection() =>
        Prop.ForAll(ReviewRuns.Sequences, commands =>
            ReviewRuns.Run(commands).Steps
                .Where(s => s.Accepted && s.Command is ApproveContractReview)
                .All(s => s.Before.OpenIssues.IsEmpty));

    [Property(MaxTest = 300)]
    [Trait("Rule", "CR-02")]
    public Property A_review_is_under_way_only_on_complete_requirements() =>
        Prop.ForAll(ReviewRuns.Sequences, commands =>
            ReviewRuns.Run(commands).Steps
                .Where(s => s.After.Status is ContractReviewStatus.UnderReview or ContractReviewStatus.Approved)
                .All(s => s.After.Requirements.Missing().Count == 0));

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Every_state_of_the_table_is_reachable_and_only_rejection_is_terminal()
    {
        Assert.Empty(LifecycleAnalysis.UnreachableStates(ContractReviewLifecycle.Table));
        Assert.Equal([ContractReviewStatus.Rejected], LifecycleAnalysis.TerminalStates(ContractReviewLifecycle.Table).ToArray());
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Random_sequences_reach_every_state_of_the_table()
    {
        var reached = new HashSet<ContractReviewStatus>();
        foreach (var commands in ReviewRuns.Sequences.Generator.Sample(20, new Rnd(20250303UL), 300))
        {
            foreach (var step in ReviewRuns.Run(commands).Steps)
            {
                reached.Add(step.After.Status);
            }
        }

        Assert.Equal(System.Enum.GetValues<ContractReviewStatus>().Where(s => s != ContractReviewStatus.None).ToHashSet(), reached);
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void Every_event_type_of_the_catalogue_survives_a_json_round_trip()
    {
        var today = TestContexts.Default.Today;
        ContractReviewEvent[] samples =
        [
            new ContractReviewOpened(ReviewSteps.Review, ReviewSteps.Register, 7, ReviewSteps.Account, today),
            new RequirementsDetermined(ReviewSteps.Special),
            new RequirementsDetermined(ContractRequirements.None),
            new ReviewStarted(ReviewRoute.SpecialRequirements, [Department.Production, Department.Technical, Department.Quality], today),
            new VerdictRecorded(Department.Technical, false, "公差无法满足", today),
            new ReviewIssueRaised(1, ReviewIssueKind.CustomerObjection, "Advance payment"),
            new ReviewIssueResolved(1, "20% advance agreed"),
            new ContractReviewApproved(Department.GeneralManagement, today),
            new ContractReviewRejected(Department.Sales, "Credit limit", today),
            new ContractAmended(ReviewSteps.Special, "Quantity 150", [Department.Sales, Department.GeneralManagement], ReviewRoute.SpecialRequirements, [Department.Quality], today),
            new FulfilmentDecided(FulfilmentRoute.ShipFromStock, 100, 120, today),
        ];

        Assert.Equal(ContractReviewAggregate.Definition.Events.EventTypes.ToHashSet(), samples.Select(s => s.GetType()).ToHashSet());
        foreach (var sample in samples)
        {
            var read = EventRoundTrip.Of(ContractReviewAggregate.Definition.Serializer, sample);
            Assert.Equal(sample, read);
            Assert.Equal(ContractReviewAggregate.ClauseOf(sample), ContractReviewAggregate.ClauseOf(read));
        }
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void Enumerations_are_written_as_names_on_the_wire()
    {
        var json = ContractReviewAggregate.Definition.Serializer.Serialize(new EventSourcing.EventEnvelope<ContractReviewEvent>(
            ContractReviewAggregate.StreamOf(ReviewSteps.Review), 1, Identifiers.CommandId.From(System.Guid.Empty), new Identifiers.ActorId("E001"), TestContexts.Default.Now,
            new FulfilmentDecided(FulfilmentRoute.ProductionPlanning, 100, 20, TestContexts.Default.Today)));

        Assert.Contains("\"route\":\"", json, System.StringComparison.Ordinal);
        Assert.Contains("\"type\":\"contract_review.fulfilment_decided.v1\"", json, System.StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "GEN-02")]
    [InlineData("{\"approvedBy\":\"GeneralManagement\"}", "MissingProperty")]
    [InlineData("{\"approvedBy\":\"Nobody\",\"approvedOn\":\"2025-03-03\"}", "InvalidValue")]
    [InlineData("{\"approvedBy\":\"Sales\",\"approvedOn\":\"2025-03-03\",\"by\":\"x\"}", "InvalidValue")]
    public void A_malformed_review_event_is_a_clear_error_not_a_half_built_event(string data, string kind)
    {
        var json = "{\"type\":\"contract_review.approved.v1\",\"stream\":\"contract-review-1\",\"version\":3,\"commandId\":\"6f1e2a52-3f1d-4a8e-9a55-0b1b2f3c4d5e\",\"actor\":\"G001\",\"recordedAt\":\"2025-03-03T02:00:00Z\",\"data\":" + data + "}";

        var read = ContractReviewAggregate.Definition.Serializer.Deserialize(json, 3);

        Assert.True(read.IsT1);
        Assert.Equal(kind, read.AsT1.Kind.ToString());
        Assert.Equal(3, read.AsT1.Position);
    }

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void An_event_of_another_family_is_refused_by_name()
    {
        var json = "{\"type\":\"complaint.closed.v1\",\"stream\":\"contract-review-1\",\"version\":1,\"commandId\":\"6f1e2a52-3f1d-4a8e-9a55-0b1b2f3c4d5e\",\"actor\":\"Q001\",\"recordedAt\":\"2025-03-03T02:00:00Z\",\"data\":{\"closedOn\":\"2025-03-03\"}}";

        Assert.Equal("UnknownType", ContractReviewAggregate.Definition.Serializer.Deserialize(json).AsT1.Kind.ToString());
    }
}
