using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KeyAccount.Domain.Decisions;

/// <summary>
/// A gate that is not met (a stage gate, a phase gate, an approval that needs verdicts): the rule, and every
/// requirement that is missing, not only the first.
/// </summary>
public sealed record RequirementsMissing : DomainError
{
    internal RequirementsMissing(RuleId ruleId, string code, MessageSource messages, IReadOnlyList<MissingRequirement> missing)
        : base(ruleId, code, [new ErrorDetail("missingCount", missing.Count)], messages)
    {
        Preconditions.CheckArgument(missing.Count > 0, nameof(missing), "A gate rejection must name at least one missing requirement.");
        Missing = missing;
    }

    /// <summary>Gets what is missing, in a stable order.</summary>
    public IReadOnlyList<MissingRequirement> Missing { get; }

    /// <summary>Returns the gate's message followed by each missing requirement.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The message.</returns>
    public override string GetMessage(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var separator = culture.Name.StartsWith("zh", StringComparison.Ordinal) ? ";" : "; ";
        return base.GetMessage(culture) + " " + string.Join(separator, Missing.Select(m => m.GetMessage(culture)));
    }

    /// <inheritdoc />
    public bool Equals(RequirementsMissing? other) => base.Equals(other) && Missing.SequenceEqual(other!.Missing);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
