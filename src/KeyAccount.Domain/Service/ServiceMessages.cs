using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Service;

/// <summary>The message templates of service, support and feedback (Resources/Service.resx).</summary>
internal static class ServiceMessages
{
    internal static MessageSource Source { get; } = new("KeyAccount.Domain.Resources.Service");

    internal static RuleViolation Violation(RuleId rule, string code, params ErrorDetail[] details) => new(rule, code, Source, details);
}
