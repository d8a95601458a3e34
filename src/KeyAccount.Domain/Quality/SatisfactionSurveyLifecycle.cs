using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Quality;

/// <summary>The lifecycle of a satisfaction survey as data (GEN-05): recorded once; <c>docs/diagrams/survey.*</c> is
/// generated from it.</summary>
internal static class SatisfactionSurveyLifecycle
{
    /// <summary>Gets the table. Recording a survey twice is refused under SAT-01.</summary>
    public static Lifecycle<SatisfactionSurveyStatus, SatisfactionSurveyTrigger> Table { get; } =
        Lifecycle.Define<SatisfactionSurveyStatus, SatisfactionSurveyTrigger>("survey", SatisfactionSurveyStatus.None, "SAT-01")
            .Permit(SatisfactionSurveyStatus.None, SatisfactionSurveyTrigger.Record, SatisfactionSurveyStatus.Recorded, "SAT-01")
            .Build();
}

/// <summary>The triggers of the satisfaction survey lifecycle.</summary>
internal enum SatisfactionSurveyTrigger
{
    /// <summary>Sales records the completed survey.</summary>
    Record,
}
