namespace KeyAccount.Domain.Negotiations;

/// <summary>Where a question of the information exchange stands (NEG-13).</summary>
public enum QuestionStatus
{
    /// <summary>Raised and not yet answered: it keeps the plan in the information exchange.</summary>
    Open,

    /// <summary>Answered at the table.</summary>
    Answered,

    /// <summary>Deferred to a follow-up action, which the minutes carry (NEG-08).</summary>
    Deferred,
}
