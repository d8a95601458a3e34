namespace KeyAccount.Domain.Processes;

/// <summary>What became of a command a process sent.</summary>
public enum ProcessDispatchStatus
{
    /// <summary>The target accepted it now (its events, if any, were appended).</summary>
    Applied = 0,

    /// <summary>The target had it already: a redelivery, appended nothing (GEN-03).</summary>
    AlreadyApplied = 1,

    /// <summary>A rule of the target refused it; the refusal names the target's rule.</summary>
    Refused = 2,

    /// <summary>Concurrent writers won every attempt the retry policy allowed; it will be sent again from the checkpoint.</summary>
    Conflicted = 3,
}
