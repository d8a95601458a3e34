namespace KeyAccount.Domain.Quality;

/// <summary>The triggers of the satisfaction survey lifecycle.</summary>
public enum SatisfactionSurveyTrigger
{
    /// <summary>Sales records the completed survey.</summary>
    Record,
}
