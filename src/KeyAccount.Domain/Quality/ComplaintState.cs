using System.Collections.Immutable;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>A corrective and preventive action request (纠正和预防措施要求书) and how it went.</summary>
/// <param name="Number">Its number within the complaint.</param>
/// <param name="Responsible">The department that must act.</param>
/// <param name="Action">The action requested.</param>
/// <param name="DueOn">The due day.</param>
/// <param name="IssuedOn">The day of issue.</param>
/// <param name="ImplementedOn">The day it was reported implemented; null before.</param>
/// <param name="Effective">The verification's finding; null before verification.</param>
public sealed record CorrectiveActionRequest(int Number, Department Responsible, string Action, LocalDate DueOn, LocalDate IssuedOn, LocalDate? ImplementedOn, bool? Effective)
{
    /// <summary>Gets whether the action is overdue on a day: not implemented and the due day has passed.</summary>
    /// <param name="asOf">The day to judge on.</param>
    /// <returns>Whether it is overdue.</returns>
    public bool IsOverdueOn(LocalDate asOf) => ImplementedOn is null && DueOn < asOf;
}

/// <summary>The state of a customer complaint, evolved from its events.</summary>
/// <param name="IsReceived">Whether the complaint exists (false before <see cref="ComplaintReceived"/>).</param>
/// <param name="Complaint">The complaint.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Description">What the customer complains of.</param>
/// <param name="ReceivedOn">The day it was received.</param>
/// <param name="Status">The lifecycle state.</param>
/// <param name="Cause">The cause quality control recorded; null before investigation.</param>
/// <param name="Findings">The investigation's findings; empty before investigation.</param>
/// <param name="Actions">The corrective action requests, in the order issued.</param>
/// <param name="ClosedOn">The day it was closed.</param>
public sealed record ComplaintState(
    bool IsReceived,
    ComplaintId Complaint,
    AccountId Account,
    string Description,
    LocalDate ReceivedOn,
    ComplaintStatus Status,
    ComplaintCause? Cause,
    string Findings,
    ImmutableList<CorrectiveActionRequest> Actions,
    LocalDate? ClosedOn)
{
    /// <summary>Gets the state before the complaint is received.</summary>
    public static ComplaintState NotReceived { get; } = new(false, default, default, string.Empty, default, ComplaintStatus.Received, null, string.Empty, [], null);

    /// <summary>Gets the latest corrective action request, if any.</summary>
    public CorrectiveActionRequest? CurrentAction => Actions.IsEmpty ? null : Actions[^1];
}
