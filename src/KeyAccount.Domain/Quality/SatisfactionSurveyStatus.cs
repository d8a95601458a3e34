namespace KeyAccount.Domain.Quality;

/// <summary>The states of a satisfaction survey: the rows of <see cref="SatisfactionSurveyLifecycle"/>.</summary>
public enum SatisfactionSurveyStatus
{
    /// <summary>Not yet recorded: the survey does not exist.</summary>
    None,

    /// <summary>Recorded with a score for every fixed dimension (SAT-01). Terminal.</summary>
    Recorded,
}
