using System.Collections.Generic;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Accounts;

/// <summary>Builds the account family's rejections with its message templates.</summary>
internal static class AccountRejections
{
    internal static RuleViolation Violation(RuleId rule, string code, params ErrorDetail[] details) =>
        new(rule, code, AccountsMessages.Source, details);

    internal static MissingRequirement Missing(string code, params ErrorDetail[] details) =>
        new(code, AccountsMessages.Source, details);

    internal static MissingRequirement FieldRequired(string field) => Missing("account.field_required", new ErrorDetail("field", field));

    internal static RequirementsMissing Gate(RuleId rule, string code, IReadOnlyList<MissingRequirement> missing) =>
        new(rule, code, AccountsMessages.Source, missing);

    internal static RuleViolation Required(RuleId rule, string field) =>
        Violation(rule, "account.field_required", new ErrorDetail("field", field));
}
