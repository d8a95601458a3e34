using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;
using static KeyAccount.Domain.Negotiations.NegotiationMessages;

namespace KeyAccount.Domain.Negotiations;

/// <summary>What the rules of every phase share: accepting one event, trimming text, and the rejections several phases give.</summary>
internal static class NegotiationRules
{
    internal static Decision<NegotiationEvent> Accept(NegotiationEvent e) => Decision<NegotiationEvent>.Accept(e);

    internal static string Clean(string? text) => text?.Trim() ?? string.Empty;

    internal static ImmutableArray<string> NonBlank(IEnumerable<string>? texts) =>
        [.. (texts ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())];

    internal static ImmutableArray<string> NonBlank(ImmutableArray<string> texts) => NonBlank(texts.IsDefault ? null : (IEnumerable<string>)texts);

    internal static RuleViolation WrongSide(string metric, Measure target, Measure bottomLine) =>
        Violation("NEG-02", "negotiation.bottom_line_wrong_side", new ErrorDetail("metric", metric), new ErrorDetail("target", target), new ErrorDetail("bottomLine", bottomLine));

    internal static RuleViolation UnknownObjective(RuleId rule, ObjectiveId id) =>
        Violation(rule, "negotiation.objective_unknown", new ErrorDetail("objective", id));
}
