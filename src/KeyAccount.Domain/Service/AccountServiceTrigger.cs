namespace KeyAccount.Domain.Service;

/// <summary>The triggers of the account service lifecycle.</summary>
public enum AccountServiceTrigger
{
    /// <summary>Start the service of a won account.</summary>
    Start,

    /// <summary>Record a support request.</summary>
    RecordRequest,

    /// <summary>Respond to a support request.</summary>
    Respond,

    /// <summary>Close a support request.</summary>
    CloseRequest,

    /// <summary>Record a training session.</summary>
    RecordTraining,

    /// <summary>Record a feedback item.</summary>
    RecordFeedback,

    /// <summary>Dispose of a feedback item.</summary>
    Dispose,
}
