using System;
using System.Collections.Generic;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// A command whose status change the lifecycle table does not allow from the current state (GEN-05), e.g.
/// skipping a pipeline stage (ACC-02). The rule is the one the table names for illegal moves.
/// </summary>
public sealed record TransitionNotAllowed : DomainError
{
    // The details and From/Trigger give the member names; the message names the members themselves, so a Chinese
    // message shows the states' and triggers' Chinese names (GEN-07).
    private readonly Enum fromMember;
    private readonly Enum triggerMember;

    internal TransitionNotAllowed(RuleId ruleId, string lifecycle, Enum from, Enum trigger)
        : base(ruleId, "lifecycle.transition_not_allowed", [new("lifecycle", lifecycle), new("from", from.ToString()), new("trigger", trigger.ToString())], MessageSource.Kernel)
    {
        Lifecycle = lifecycle;
        fromMember = from;
        triggerMember = trigger;
    }

    /// <summary>Gets the lifecycle's name, e.g. <c>account-pipeline</c>.</summary>
    public string Lifecycle { get; }

    /// <summary>Gets the state the command found.</summary>
    public string From => fromMember.ToString();

    /// <summary>Gets the trigger the command asked for.</summary>
    public string Trigger => triggerMember.ToString();

    internal override IReadOnlyList<ErrorDetail> MessageDetails =>
        [Details[0], new("from", fromMember), new("trigger", triggerMember)];
}
