using System;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Quality;

/// <summary>
/// A complaint (CMP-01) that another aggregate links to — a service request escalated to it (DLV-05), a feedback item
/// disposed of by it (KAM-05) — read from the complaint's state (GEN-11): it must be received and of the same account.
/// </summary>
internal static class ReceivedComplaint
{
    private const string What = "complaint";

    /// <summary>Checks the complaint's state in the context.</summary>
    /// <param name="context">The decision's context.</param>
    /// <param name="complaint">The complaint linked to.</param>
    /// <param name="account">The account of the linking aggregate.</param>
    /// <param name="otherAccount">The refusal when the complaint belongs to another account, naming the linking rule.</param>
    /// <returns>Null when the complaint is received for the account; otherwise the refusal.</returns>
    public static RuleViolation? Check(DecisionContext context, ComplaintId complaint, AccountId account, Func<ErrorDetail, RuleViolation> otherAccount)
    {
        var stream = ComplaintAggregate.StreamOf(complaint);
        if (!Evidence.TryGet<ComplaintState>(context, What, stream, out var received, out var refusal))
        {
            return refusal;
        }

        if (received.Status == ComplaintStatus.None || received.Complaint != complaint)
        {
            return Evidence.NotBorneOut(What, stream, "not_received");
        }

        return received.Account == account ? null : otherAccount(new ErrorDetail("complaint", complaint.ToString()));
    }
}
