using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Testing.Fixtures;
using KeyAccount.Domain.Testing.Generators.Quality;
using KeyAccount.Domain.Tests.Support;
using NodaTime;
using Xunit;

namespace KeyAccount.Domain.Tests.Quality;

[Trait("Rule", "SAT-01")]
public sealed class SatisfactionSurveyTests
{
    private static readonly SatisfactionSurveyDecider Surveys = SatisfactionSurveyDecider.Instance;
    private static readonly AccountId Other = AccountId.From(Guid.Parse("99999999-7e8f-4a1b-8c2d-e3f4a5b6c7d8"));

    internal static DimensionScore[] Scores(int quality, int delivery, int price, int service, int afterSales) =>
    [
        new(SatisfactionDimension.ProductQuality, quality), new(SatisfactionDimension.Delivery, delivery), new(SatisfactionDimension.Price, price),
        new(SatisfactionDimension.Service, service), new(SatisfactionDimension.AfterSales, afterSales),
    ];

    internal static SatisfactionSurveyState Recorded(int n, AccountId account, LocalDate on, params DimensionScore[] scores) =>
        Surveys.Apply(new RecordSurvey(SurveyId.From(new Guid(n, 0, 0, new byte[8])), account, on, scores, Department.Sales), Surveys.Initial, TestContexts.Default).State;

    private static Decision<SurveyEvent> When(RecordSurvey command) => Surveys.Decide(command, Surveys.Initial, TestContexts.Default);

    private static RecordSurvey Survey(params DimensionScore[] scores) =>
        new(SurveyId.From(Guid.Parse("11111111-2222-4333-8444-555555555555")), ComplaintSteps.Account, ComplaintSteps.Today, scores, Department.Sales);

    [Fact]
    public void Sales_records_a_survey_scoring_every_fixed_dimension_and_its_index_is_the_mean_as_a_percentage()
    {
        var recorded = DecisionAssert.Single<SurveyEvent, SurveyRecorded>(When(Survey(Scores(5, 4, 4, 5, 4))));
        var state = Surveys.Evolve(Surveys.Initial, recorded);

        Assert.Equal(88.0m, state.Index);
        Assert.Equal(Enum.GetValues<SatisfactionDimension>(), recorded.Scores.Select(s => s.Dimension).ToArray());
    }

    [Fact]
    public void The_scores_are_recorded_in_dimension_order_whatever_order_they_are_given_in()
    {
        var given = Enumerable.Reverse(Scores(5, 4, 3, 2, 1)).ToArray();
        var recorded = DecisionAssert.Single<SurveyEvent, SurveyRecorded>(When(Survey(given)));

        Assert.Equal(Scores(5, 4, 3, 2, 1), recorded.Scores);
        Assert.Equal(Enumerable.Range(0, SatisfactionSurveyDecider.Dimensions.Length), SatisfactionSurveyDecider.Dimensions.Select(d => (int)d));
    }

    [Fact]
    public void A_survey_that_leaves_out_a_dimension_or_scores_one_twice_is_rejected_naming_each_problem()
    {
        var scores = Scores(5, 4, 4, 5, 4).Where(s => s.Dimension != SatisfactionDimension.Price).Append(new DimensionScore(SatisfactionDimension.Delivery, 3)).ToArray();

        var error = DecisionAssert.Rejected(When(Survey(scores)), "SAT-01", "survey.scores_invalid");

        var missing = Assert.IsType<RequirementsMissing>(error).Missing;
        Assert.Equal(["survey.dimension_repeated", "survey.dimension_missing"], missing.Select(m => m.Code).ToArray());
        Assert.Equal(SatisfactionDimension.Delivery, missing[0].Details[0].Value);
        Assert.Equal(SatisfactionDimension.Price, missing[1].Details[0].Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_score_outside_one_to_five_is_rejected(int score)
    {
        var error = DecisionAssert.Rejected(When(Survey(Scores(5, score, 4, 5, 4))), "SAT-01", "survey.scores_invalid");

        Assert.Equal("survey.score_out_of_range", Assert.Single(Assert.IsType<RequirementsMissing>(error).Missing).Code);
    }

    [Fact]
    public void A_survey_is_recorded_once_by_sales_and_not_ahead_of_time()
    {
        var state = Recorded(1, ComplaintSteps.Account, ComplaintSteps.Today, Scores(5, 5, 5, 5, 5));

        DecisionAssert.Rejected(Surveys.Decide(Survey(Scores(5, 5, 5, 5, 5)), state, TestContexts.Default), "SAT-01", "lifecycle.transition_not_allowed");
        DecisionAssert.Rejected(When(Survey(Scores(5, 5, 5, 5, 5)) with { By = Department.Quality }), "SAT-01", "survey.wrong_department");
        DecisionAssert.Rejected(When(Survey(Scores(5, 5, 5, 5, 5)) with { ConductedOn = ComplaintSteps.Today.PlusDays(1) }), "SAT-01", "survey.in_future");
    }

    [Fact]
    public void The_index_of_an_account_and_period_averages_every_score_of_the_surveys_in_the_period()
    {
        var march = new DateInterval(new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 31));
        var surveys = new[]
        {
            Recorded(1, ComplaintSteps.Account, new LocalDate(2025, 3, 1), Scores(5, 5, 5, 5, 5)),
            Recorded(2, ComplaintSteps.Account, new LocalDate(2025, 3, 3), Scores(3, 3, 3, 3, 4)),
            Recorded(3, ComplaintSteps.Account, new LocalDate(2025, 2, 28), Scores(1, 1, 1, 1, 1)),
            Recorded(4, Other, new LocalDate(2025, 3, 2), Scores(1, 1, 1, 1, 1)),
        };

        var index = SatisfactionIndex.Of(surveys, ComplaintSteps.Account, march);

        Assert.Equal(2, index.SurveyCount);
        Assert.Equal(82.0m, index.Value);
        Assert.Equal(80.0m, index.ByDimension[SatisfactionDimension.ProductQuality]);
        Assert.Equal(90.0m, index.ByDimension[SatisfactionDimension.AfterSales]);
        Assert.Equal([ComplaintSteps.Account, Other], SatisfactionIndex.PerAccount(surveys, march).Select(i => i.Account).OrderBy(a => a.Value).ToArray());
    }

    [Fact]
    public void An_account_without_surveys_in_the_period_has_no_index_rather_than_zero()
    {
        var index = SatisfactionIndex.Of([], ComplaintSteps.Account, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 31)));

        Assert.Null(index.Value);
        Assert.Equal(0, index.SurveyCount);
        Assert.Empty(index.ByDimension);
    }

    [Property(MaxTest = 200)]
    public Property The_index_lies_between_twenty_and_a_hundred_and_grows_with_every_score() =>
        Prop.ForAll(Arb.From(SatisfactionSurveyGenerators.Score.ArrayOf(5).Zip(Gen.Choose(0, 4))), input =>
        {
            var (values, raised) = input;
            var before = Recorded(1, ComplaintSteps.Account, ComplaintSteps.Today, Scores(values[0], values[1], values[2], values[3], values[4])).Index!.Value;
            values[raised] = Math.Min(5, values[raised] + 1);
            var after = Recorded(1, ComplaintSteps.Account, ComplaintSteps.Today, Scores(values[0], values[1], values[2], values[3], values[4])).Index!.Value;
            return before is >= 20m and <= 100m && after >= before;
        });

    [Fact]
    [Trait("Rule", "GEN-02")]
    public void Survey_events_survive_a_json_round_trip()
    {
        var recorded = new SurveyRecorded(SurveyId.From(Guid.Parse("11111111-2222-4333-8444-555555555555")), ComplaintSteps.Account, ComplaintSteps.Today, Scores(5, 4, 3, 2, 1));

        var read = Assert.IsType<SurveyRecorded>(EventRoundTrip.Of(SatisfactionSurveyAggregate.Definition.Serializer, recorded));

        Assert.Equal(recorded, read);
        Assert.Equal(SatisfactionSurveyAggregate.Definition.Events.EventTypes, [typeof(SurveyRecorded)]);
        Assert.Equal("9.1.2", SatisfactionSurveyAggregate.ClauseOf(read).Value);
    }

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void A_survey_is_recorded_once()
    {
        Assert.Equal([SatisfactionSurveyStatus.Recorded], StateMachines.LifecycleAnalysis.TerminalStates(SatisfactionSurveyLifecycle.Table).ToArray());
    }
}
