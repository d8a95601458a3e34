using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Service;

namespace KeyAccount.Domain.Quality;

/// <summary>
/// GEN-11 for the source a complaint names when it is received (CMP-01 with DLV-05 and KAM-05): the service request's
/// or the account service's state from the context (<see cref="DecisionContext.WithSource{TState}"/>) must show the
/// source received, of the complaint's account, and not escalated to or disposed of by another complaint.
/// </summary>
internal static class ComplaintSourceEvidence
{
    /// <summary>Checks a complaint's source against the source's state in the context.</summary>
    /// <param name="context">The decision's context.</param>
    /// <param name="source">The source the command names.</param>
    /// <param name="complaint">The complaint being received.</param>
    /// <param name="account">The complaint's account.</param>
    /// <returns>Null when the source's state bears the link out; otherwise the refusal.</returns>
    internal static RuleViolation? Check(DecisionContext context, ComplaintSource source, ComplaintId complaint, AccountId account)
    {
        if (!source.IsWellFormed)
        {
            return QualityMessages.Violation("CMP-01", "complaint.source_invalid", new ErrorDetail("kind", source.Kind));
        }

        return source.ServiceRequest is { } request
            ? CheckRequest(context, request, complaint, account)
            : CheckFeedback(context, source.FeedbackItem!.Value, complaint, account);
    }

    private static RuleViolation? CheckRequest(DecisionContext context, ServiceRequestId request, ComplaintId complaint, AccountId account)
    {
        const string What = "service request";
        var stream = ServiceRequestAggregate.StreamOf(request);
        if (!Evidence.TryGet<ServiceRequestState>(context, What, stream, out var state, out var refusal))
        {
            return refusal;
        }

        if (!state.IsReceived || state.Request != request)
        {
            return Evidence.NotBorneOut(What, stream, "not_received");
        }

        if (state.Account != account)
        {
            return OtherAccount(request.ToString());
        }

        return state.Complaint is { } other && other != complaint ? Evidence.NotBorneOut(What, stream, "escalated_elsewhere") : null;
    }

    private static RuleViolation? CheckFeedback(DecisionContext context, int item, ComplaintId complaint, AccountId account)
    {
        const string What = "feedback";
        var stream = AccountServiceAggregate.StreamOf(account);
        if (!Evidence.TryGet<AccountServiceState>(context, What, stream, out var state, out var refusal))
        {
            return refusal;
        }

        if (state.Account != account)
        {
            return OtherAccount(item.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return state.Feedback.Find(f => f.Number == item) switch
        {
            null => Evidence.NotBorneOut(What, stream, "not_received"),
            { Disposition: { } d } when d.Complaint != complaint => Evidence.NotBorneOut(What, stream, "disposed_elsewhere"),
            _ => null,
        };
    }

    private static RuleViolation OtherAccount(string source) =>
        QualityMessages.Violation("CMP-01", "complaint.source_other_account", new ErrorDetail("source", source));
}
