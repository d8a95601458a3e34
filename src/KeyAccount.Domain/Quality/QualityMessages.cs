using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Quality;

/// <summary>The message templates of complaints and satisfaction surveys (Resources/Quality.resx).</summary>
internal static class QualityMessages
{
    internal static MessageSource Source { get; } = new("KeyAccount.Domain.Resources.Quality");

    internal static RuleViolation Violation(RuleId rule, string code, params ErrorDetail[] details) => new(rule, code, Source, details);

    internal static MissingRequirement Missing(string code, params ErrorDetail[] details) => new(code, Source, details);
}
