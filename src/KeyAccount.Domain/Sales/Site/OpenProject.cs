using System.Diagnostics.CodeAnalysis;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>
/// What a step that needs an open project reads (GEN-11): the project's state from the context, refused when the host
/// did not supply it, or with the step's own rule when the project has not opened sales (SUB-09 for a draft, SITE-01
/// for a unit hold).
/// </summary>
internal static class OpenProject
{
    /// <summary>Gets the state of a project that opened sales, or the refusal.</summary>
    /// <param name="context">The decision's context.</param>
    /// <param name="project">The project.</param>
    /// <param name="rule">The rule of the step that needs the project open.</param>
    /// <param name="notOpenCode">The step's code when the project has not opened sales.</param>
    /// <param name="state">The project's state, when supplied and open.</param>
    /// <param name="refusal">The refusal otherwise.</param>
    /// <returns>Whether the project is supplied and open.</returns>
    public static bool TryGet(
        DecisionContext context, ProjectId project, RuleId rule, string notOpenCode,
        [NotNullWhen(true)] out SalesProjectState? state, [NotNullWhen(false)] out RuleViolation? refusal)
    {
        var stream = SalesProjectAggregate.StreamOf(project);
        if (!Evidence.TryGet(context, "sales project", stream, out state, out refusal))
        {
            return false;
        }

        if (state.Status != SalesProjectStatus.Open)
        {
            refusal = SalesMessages.Violation(rule, notOpenCode, new ErrorDetail("project", stream.Value), new ErrorDetail("status", state.Status));
            state = null;
            return false;
        }

        return true;
    }
}
