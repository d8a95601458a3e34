using System.Collections.Generic;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Sales;

/// <summary>The message templates of the property sales family, and the few helpers that build its rejections.</summary>
internal static class SalesMessages
{
    internal static MessageSource Source { get; } = new("KeyAccount.Domain.Resources.Sales");

    internal static RuleViolation Violation(RuleId rule, string code, params ErrorDetail[] details) =>
        new(rule, code, Source, details);

    internal static MissingRequirement Requirement(string code, params ErrorDetail[] details) =>
        new(code, Source, details);

    internal static RequirementsMissing Missing(RuleId rule, string code, IReadOnlyList<MissingRequirement> missing) =>
        new(rule, code, Source, missing);
}
