using System.Collections.Generic;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// A command that breaks a rule of the catalogue, with the data that shows how (e.g. a gift of CNY 800 against a
/// ceiling of CNY 500).
/// </summary>
public sealed record RuleViolation : DomainError
{
    internal RuleViolation(RuleId ruleId, string code, MessageSource messages, params ErrorDetail[] details)
        : base(ruleId, code, details, messages)
    {
    }

    internal RuleViolation(RuleId ruleId, string code, MessageSource messages, IReadOnlyList<ErrorDetail> details)
        : base(ruleId, code, details, messages)
    {
    }
}
