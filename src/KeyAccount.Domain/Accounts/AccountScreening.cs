using KeyAccount.Domain.AccountManagement;
using KeyAccount.Domain.Decisions;
using static KeyAccount.Domain.Accounts.AccountRejections;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// What opening an account reads of the prospect's screening (KAM-01, GEN-11): when the host's
/// <see cref="StrategicCriteriaPolicy"/> names criteria, only a prospect whose screening qualified it is opened; a named
/// screening is read from the context, never believed from the command, and must be of the same company.
/// </summary>
internal static class AccountScreening
{
    /// <summary>Returns the refusal of an opening the screening does not bear out, or null.</summary>
    /// <param name="open">The command.</param>
    /// <param name="companyName">The company name, trimmed.</param>
    /// <param name="context">The decision's context.</param>
    /// <returns>The refusal, or null.</returns>
    public static RuleViolation? Check(OpenAccount open, string companyName, DecisionContext context)
    {
        if (open.Screening is not { } screening)
        {
            return context.Policy<StrategicCriteriaPolicy>().ScreeningRequired ? Violation("KAM-01", "account.screening_required") : null;
        }

        var stream = ProspectScreeningAggregate.StreamOf(screening);
        if (!Evidence.TryGet<ProspectScreeningState>(context, "prospect screening", stream, out var state, out var missing))
        {
            return missing;
        }

        if (state.Status != ProspectScreeningStatus.Qualified)
        {
            return Violation("KAM-01", "account.screening_not_qualified", new ErrorDetail("screening", stream.Value), new ErrorDetail("status", state.Status));
        }

        return string.Equals(state.CompanyName, companyName, System.StringComparison.Ordinal)
            ? null
            : Violation("KAM-01", "account.screening_other_company", new ErrorDetail("companyName", companyName), new ErrorDetail("screened", state.CompanyName));
    }
}
