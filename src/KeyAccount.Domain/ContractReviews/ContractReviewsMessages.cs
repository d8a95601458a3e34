using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>The message templates of the contract register and the contract review (Resources/ContractReviews.resx).</summary>
internal static class ContractReviewsMessages
{
    internal static MessageSource Source { get; } = new("KeyAccount.Domain.Resources.ContractReviews");

    internal static RuleViolation Violation(RuleId rule, string code, params ErrorDetail[] details) => new(rule, code, Source, details);

    internal static MissingRequirement Missing(string code, params ErrorDetail[] details) => new(code, Source, details);
}
