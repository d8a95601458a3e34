namespace KeyAccount.Domain.Decisions;

/// <summary>
/// A command whose status change the lifecycle table does not allow from the current state (GEN-05), e.g.
/// skipping a pipeline stage (ACC-02). The rule is the one the table names for illegal moves.
/// </summary>
public sealed record TransitionNotAllowed : DomainError
{
    internal TransitionNotAllowed(RuleId ruleId, string lifecycle, string from, string trigger)
        : base(ruleId, "lifecycle.transition_not_allowed", [new("lifecycle", lifecycle), new("from", from), new("trigger", trigger)], MessageSource.Kernel)
    {
        Lifecycle = lifecycle;
        From = from;
        Trigger = trigger;
    }

    /// <summary>Gets the lifecycle's name, e.g. <c>account-pipeline</c>.</summary>
    public string Lifecycle { get; }

    /// <summary>Gets the state the command found.</summary>
    public string From { get; }

    /// <summary>Gets the trigger the command asked for.</summary>
    public string Trigger { get; }
}
