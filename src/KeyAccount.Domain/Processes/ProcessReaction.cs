using System.Collections.Generic;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Processes;

/// <summary>One row of a process (GEN-12), as data: which event of the source leads to which command on which aggregate,
/// under which condition, and what is sent back to the source when that command is refused.</summary>
/// <param name="Event">The source event's type name, e.g. <c>SubscriptionDrafted</c>.</param>
/// <param name="Condition">The condition on the event, in words, or <see langword="null"/> when every such event reacts.</param>
/// <param name="Target">The name of the aggregate the command goes to, e.g. <c>unit</c>.</param>
/// <param name="Command">The command's type name, e.g. <c>HoldUnit</c>.</param>
/// <param name="Compensation">The type name of the command sent back to the source when the target refuses, or <see langword="null"/>.</param>
/// <param name="Rules">The rules the row carries out.</param>
public sealed record ProcessReaction(string Event, string? Condition, string Target, string Command, string? Compensation, IReadOnlyList<RuleId> Rules);
