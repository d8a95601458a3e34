using System.Collections.Generic;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Processes;

/// <summary>One row of a process (GEN-12), as data: which event of the source leads to which command on which aggregate,
/// under which condition, and what is sent when that command is refused.</summary>
/// <param name="Event">The source event's type name, e.g. <c>SubscriptionDrafted</c>.</param>
/// <param name="Condition">The condition on the event, in words, or <see langword="null"/> when every such event reacts.</param>
/// <param name="Target">The name of the aggregate the command goes to, e.g. <c>unit</c>.</param>
/// <param name="Command">The command's type name, e.g. <c>HoldUnit</c>.</param>
/// <param name="Compensation">The type name of the command sent when the target refuses, or <see langword="null"/>.</param>
/// <param name="Rules">The rules the row carries out.</param>
public sealed record ProcessReaction(string Event, string? Condition, string Target, string Command, string? Compensation, IReadOnlyList<RuleId> Rules)
{
    /// <summary>Gets the name of the aggregate the <see cref="Compensation"/> goes to: the source (a compensation) or
    /// the target itself (the command redirected to another of its streams); <see langword="null"/> without one.</summary>
    public string? CompensationTarget { get; init; }

    /// <summary>Gets the refusal the <see cref="Compensation"/> answers, in words, or <see langword="null"/> for any refusal.</summary>
    public string? CompensationCondition { get; init; }

    /// <summary>Gets whether the command goes to every stream of the target that relies on the source's stream, as the
    /// host's <see cref="IDependentStreams"/> lists them, rather than to one stream the event names.</summary>
    public bool ToDependents { get; init; }

    /// <summary>Gets whether the target's decision gets the source's state after the event as evidence (GEN-11).</summary>
    public bool SuppliesSourceState { get; init; }
}
