using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>The message templates of fulfilment and after-sales service (Resources/Fulfilment.resx).</summary>
internal static class FulfilmentMessages
{
    internal static MessageSource Source { get; } = new("KeyAccount.Domain.Resources.Fulfilment");

    internal static RuleViolation Violation(RuleId rule, string code, params ErrorDetail[] details) => new(rule, code, Source, details);
}
