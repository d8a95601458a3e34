using System.Collections.Generic;
using System.Linq;

namespace KeyAccount.Domain.Decisions;

/// <summary>The answer to "what can be done next, and why not" (GEN-06) for one state and context.</summary>
/// <typeparam name="TCommand">The command type.</typeparam>
/// <param name="Accepted">The candidate commands the decider would accept.</param>
/// <param name="Blocked">The candidate commands it would reject, each with the rejection.</param>
public sealed record NextSteps<TCommand>(IReadOnlyList<TCommand> Accepted, IReadOnlyList<BlockedCommand<TCommand>> Blocked)
{
    /// <summary>Gets the rule IDs that block at least one candidate, in catalogue order without repeats.</summary>
    public IReadOnlyList<RuleId> BlockingRules => Blocked.Select(b => b.Reason.RuleId).Distinct().OrderBy(r => r.Value, System.StringComparer.Ordinal).ToList();
}
