using System.Collections.Generic;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The message templates of the negotiation family and the rejections built from them (GEN-07).</summary>
internal static class NegotiationMessages
{
    internal static MessageSource Source { get; } = new("KeyAccount.Domain.Resources.Negotiations");

    internal static RuleViolation Violation(RuleId rule, string code, params ErrorDetail[] details) =>
        new(rule, code, Source, details);

    internal static MissingRequirement Missing(string code, params ErrorDetail[] details) =>
        new(code, Source, details);

    internal static RequirementsMissing Gate(RuleId rule, string code, IReadOnlyList<MissingRequirement> missing) =>
        new(rule, code, Source, missing);
}
