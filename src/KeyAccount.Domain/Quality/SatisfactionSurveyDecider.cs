using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Quality;

/// <summary>
/// A customer satisfaction survey (顾客满意度调查, SAT-01) as a decider: recorded once, by sales, with a score within range
/// for every fixed dimension and no other.
/// </summary>
internal sealed class SatisfactionSurveyDecider
    : LifecycleDecider<SurveyCommand, SurveyEvent, SatisfactionSurveyState, SatisfactionSurveyStatus, SatisfactionSurveyTrigger>
{
    private SatisfactionSurveyDecider()
        : base(SatisfactionSurveyState.NotRecorded, SatisfactionSurveyLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static SatisfactionSurveyDecider Instance { get; } = new();

    /// <inheritdoc />
    public override SatisfactionSurveyTrigger? TriggerOf(SurveyEvent @event) => @event switch
    {
        SurveyRecorded => SatisfactionSurveyTrigger.Record,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a survey event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override SatisfactionSurveyTrigger? TriggerOf(SurveyCommand command, SatisfactionSurveyState state) => command switch
    {
        RecordSurvey => SatisfactionSurveyTrigger.Record,
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not a survey command.", nameof(command)),
    };

    /// <summary>The fixed dimensions in member order; their values are 0, 1, 2… (a test checks).</summary>
    internal static readonly SatisfactionDimension[] Dimensions = Enum.GetValues<SatisfactionDimension>();

    /// <inheritdoc />
    private protected override Decision<SurveyEvent> DecideData(SurveyCommand command, SatisfactionSurveyState state, DecisionContext context)
    {
        if (command is not RecordSurvey record)
        {
            throw new ArgumentException($"{command.GetType().Name} is not a survey command.", nameof(command));
        }

        if (record.By != Department.Sales)
        {
            return QualityMessages.Violation("SAT-01", "survey.wrong_department", new ErrorDetail("department", record.By));
        }

        if (record.ConductedOn > context.Today)
        {
            return QualityMessages.Violation("SAT-01", "survey.in_future", new ErrorDetail("conductedOn", record.ConductedOn), new ErrorDetail("today", context.Today));
        }

        // SAT-01: fixed dimensions make surveys comparable, so each is scored exactly once and within the scale.
        var scores = Preconditions.CheckNotNull(record.Scores);
        // One pass counts the scores of each dimension (the members are 0, 1, 2…), so a valid survey allocates
        // nothing here beyond its event.
        Span<int> given = stackalloc int[Dimensions.Length];
        foreach (var score in scores)
        {
            if ((uint)score.Dimension < (uint)given.Length)
            {
                given[(int)score.Dimension]++;
            }
        }

        List<MissingRequirement>? problems = null;
        foreach (var dimension in Dimensions)
        {
            var count = given[(int)dimension];
            if (count == 0)
            {
                (problems ??= []).Add(QualityMessages.Missing("survey.dimension_missing", new ErrorDetail("dimension", dimension)));
            }
            else if (count > 1)
            {
                (problems ??= []).Add(QualityMessages.Missing("survey.dimension_repeated", new ErrorDetail("dimension", dimension), new ErrorDetail("count", count)));
            }
        }

        foreach (var score in scores)
        {
            if (!Enum.IsDefined(score.Dimension))
            {
                (problems ??= []).Add(QualityMessages.Missing("survey.dimension_unknown", new ErrorDetail("dimension", score.Dimension)));
            }
            else if (score.Score is < DimensionScore.MinScore or > DimensionScore.MaxScore)
            {
                (problems ??= []).Add(QualityMessages.Missing(
                    "survey.score_out_of_range", new ErrorDetail("dimension", score.Dimension), new ErrorDetail("score", score.Score), new ErrorDetail("min", DimensionScore.MinScore), new ErrorDetail("max", DimensionScore.MaxScore)));
            }
        }

        if (problems is not null)
        {
            return new RequirementsMissing("SAT-01", "survey.scores_invalid", QualityMessages.Source, problems);
        }

        // Every dimension is scored exactly once: the scores in dimension order are each dimension's score.
        var ordered = new DimensionScore[Dimensions.Length];
        foreach (var score in scores)
        {
            ordered[(int)score.Dimension] = score;
        }

        return Decision<SurveyEvent>.Accept(new SurveyRecorded(record.Survey, record.Account, record.ConductedOn, ImmutableCollectionsMarshal.AsImmutableArray(ordered)));
    }

    /// <inheritdoc />
    private protected override SatisfactionSurveyState Fold(SatisfactionSurveyState state, SurveyEvent @event) => @event switch
    {
        SurveyRecorded r => state with { Survey = r.Survey, Account = r.Account, ConductedOn = r.ConductedOn, Scores = r.Scores.ToImmutableDictionary(s => s.Dimension, s => s.Score) },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a survey event.", nameof(@event)),
    };
}
