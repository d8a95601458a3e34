using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.Quality;
using KeyAccount.Domain.Tests.Quality;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Kit;

public sealed class QualityGeneratorTests
{
    private static string Describe(SatisfactionSurveyState s) =>
        $"{s.IsRecorded}|{s.Survey}|{s.Account}|{s.ConductedOn}|{string.Join(",", s.Scores.OrderBy(p => p.Key).Select(p => $"{p.Key}:{p.Value}"))}";

    [Property(MaxTest = 100)]
    [Trait("Rule", "CMP-01")]
    [Trait("Rule", "GEN-02")]
    public Property Generated_complaint_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(ComplaintGenerators.Histories().ToArbitrary(), history =>
            GeneratedHistories.AcceptedAndReplayed(ComplaintDecider.Instance, history, ComplaintProperties.Describe));

    [Property(MaxTest = 100)]
    [Trait("Rule", "SAT-01")]
    public Property Generated_survey_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(SatisfactionSurveyGenerators.Histories().ToArbitrary(), history =>
            GeneratedHistories.AcceptedAndReplayed(SatisfactionSurveyDecider.Instance, history, Describe) && history.Commands.Count <= 1);

    [Fact]
    [Trait("Rule", "CMP-01")]
    public void Complaint_generators_cover_every_command_type_and_every_one_is_accepted_in_some_history() =>
        GeneratedHistories.AssertCoverage(ComplaintGenerators.Histories(), ComplaintGenerators.Commands);

    [Fact]
    [Trait("Rule", "SAT-01")]
    public void Survey_generators_cover_every_command_type_and_every_one_is_accepted_in_some_history() =>
        GeneratedHistories.AssertCoverage(SatisfactionSurveyGenerators.Histories(), SatisfactionSurveyGenerators.Commands);

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Generated_complaint_histories_reach_every_state_of_the_table_and_a_second_action_request_along_the_way()
    {
        // Every state passed through, not only the last one: an implemented action is nearly always verified next.
        var states = GeneratedHistories.StatesAlong(ComplaintDecider.Instance, ComplaintGenerators.Histories(), 20250303UL, 300, size: 60);

        Assert.Equal(Enum.GetValues<ComplaintStatus>().Where(s => s != ComplaintStatus.None).ToHashSet(), states.Where(s => s.IsReceived).Select(s => s.Status).ToHashSet());
        Assert.Contains(states, s => s.Actions.Count > 1);
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "SAT-01")]
    public Property Valid_score_sheets_are_accepted_and_invalid_ones_refused_by_SAT_01() =>
        Prop.ForAll(SatisfactionSurveyGenerators.Scores.ToArbitrary(), SatisfactionSurveyGenerators.InvalidScores.ToArbitrary(), (valid, invalid) =>
        {
            var decider = SatisfactionSurveyDecider.Instance;
            var context = Testing.Fixtures.TestContexts.Default;
            RecordSurvey Record(System.Collections.Generic.IReadOnlyList<DimensionScore> scores) =>
                new(KeyAccount.Domain.Quality.SurveyId.From(Guid.NewGuid()), KeyAccount.Domain.Accounts.AccountId.From(Guid.NewGuid()), context.Today, scores, Department.Sales);
            var refused = decider.Decide(Record(invalid), decider.Initial, context);
            return decider.Decide(Record(valid), decider.Initial, context).IsAccepted
                && refused.IsRejected && refused.Error.RuleId.Value == "SAT-01";
        });
}
