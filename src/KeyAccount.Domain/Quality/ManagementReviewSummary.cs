using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>
/// What the management review (管理评审会, ISO 9001:2015 9.3) hears about customers: complaints by status and by cause,
/// corrective actions overdue on the day of the review (CMP-02), and the satisfaction index of each account surveyed in
/// the period (SAT-01), and, when drawn up with the fulfilments, on-time delivery in the period (DLV-04). A pure query
/// over states the host has replayed.
/// </summary>
/// <param name="AsOf">The day the summary is drawn up on (overdue is judged against it).</param>
/// <param name="Period">The period whose surveys are indexed.</param>
/// <param name="ComplaintCount">How many complaints were summarised.</param>
/// <param name="ByStatus">Complaints per status; every status of a received complaint is present, zero included.</param>
/// <param name="ByCause">Investigated complaints per cause; every cause is present, zero included.</param>
/// <param name="NotYetInvestigated">Complaints without a recorded cause.</param>
/// <param name="OverdueActions">Overdue actions, most overdue first, then by complaint.</param>
/// <param name="Satisfaction">The satisfaction index per account surveyed in the period, ordered by account.</param>
public sealed record ManagementReviewSummary(
    LocalDate AsOf,
    DateInterval Period,
    int ComplaintCount,
    ImmutableSortedDictionary<ComplaintStatus, int> ByStatus,
    ImmutableSortedDictionary<ComplaintCause, int> ByCause,
    int NotYetInvestigated,
    IReadOnlyList<OverdueAction> OverdueActions,
    IReadOnlyList<SatisfactionIndex> Satisfaction)
{
    /// <summary>Gets on-time delivery in the period per contract, per workshop and overall (DLV-04); null when the summary
    /// was drawn up without the fulfilments.</summary>
    public OnTimeDelivery? Delivery { get; init; }

    /// <summary>Draws up the summary with on-time delivery (DLV-04) beside the complaints and the satisfaction index.</summary>
    /// <param name="complaints">The complaints to report; states not yet received are ignored.</param>
    /// <param name="surveys">Recorded surveys; those outside <paramref name="period"/> are ignored.</param>
    /// <param name="orders">The fulfilments; their shipments within <paramref name="period"/> are counted.</param>
    /// <param name="period">The period whose surveys and shipments are counted.</param>
    /// <param name="asOf">The day of the review.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ManagementReviewSummary Create(
        IEnumerable<ComplaintState> complaints, IEnumerable<SatisfactionSurveyState> surveys, IEnumerable<FulfilmentOrderState> orders, DateInterval period, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(orders);
        return Create(complaints, surveys, period, asOf) with { Delivery = OnTimeDelivery.Create(orders, period) };
    }

    /// <summary>Draws up the summary. Pure: the same states give the same summary, in a stable order.</summary>
    /// <param name="complaints">The complaints to report (the host chooses them, e.g. all open ones and those received in the period);
    /// states not yet received are ignored.</param>
    /// <param name="surveys">Recorded surveys; those outside <paramref name="period"/> are ignored.</param>
    /// <param name="period">The period whose surveys are indexed.</param>
    /// <param name="asOf">The day of the review.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ManagementReviewSummary Create(IEnumerable<ComplaintState> complaints, IEnumerable<SatisfactionSurveyState> surveys, DateInterval period, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(surveys);
        ArgumentNullException.ThrowIfNull(period);
        var received = complaints.Where(c => c.IsReceived).ToList();
        var byStatus = Enum.GetValues<ComplaintStatus>().Where(s => s != ComplaintStatus.None).ToImmutableSortedDictionary(s => s, s => received.Count(c => c.Status == s));
        var byCause = Enum.GetValues<ComplaintCause>().ToImmutableSortedDictionary(k => k, k => received.Count(c => c.Cause == k));
        var overdue = received
            .Where(c => c.Status != ComplaintStatus.Closed && c.CurrentAction is { } a && a.IsOverdueOn(asOf))
            .Select(c => new OverdueAction(c.Complaint, c.Account, c.CurrentAction!.Number, c.CurrentAction.Responsible, c.CurrentAction.DueOn, NodaTime.Period.DaysBetween(c.CurrentAction.DueOn, asOf)))
            .OrderByDescending(o => o.DaysOverdue).ThenBy(o => o.Complaint.Value)
            .ToList();
        return new ManagementReviewSummary(
            asOf, period, received.Count, byStatus, byCause, received.Count(c => c.Cause is null), overdue, SatisfactionIndex.PerAccount(surveys, period));
    }
}
