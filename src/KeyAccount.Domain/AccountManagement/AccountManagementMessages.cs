using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>The message templates of the account management cycle (Resources/AccountManagement.resx).</summary>
internal static class AccountManagementMessages
{
    internal static MessageSource Source { get; } = new("KeyAccount.Domain.Resources.AccountManagement");

    internal static RuleViolation Violation(RuleId rule, string code, params ErrorDetail[] details) => new(rule, code, Source, details);

    internal static MissingRequirement Missing(string code, params ErrorDetail[] details) => new(code, Source, details);
}
