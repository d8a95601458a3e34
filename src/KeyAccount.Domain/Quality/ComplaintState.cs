using System.Collections.Immutable;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Quality;

/// <summary>The state of a customer complaint, evolved by <see cref="ComplaintDecider"/>.</summary>
/// <param name="Complaint">The complaint.</param>
/// <param name="Account">The customer's account.</param>
/// <param name="Description">What the customer complains of.</param>
/// <param name="ReceivedOn">The day it was received.</param>
/// <param name="Status">The lifecycle state; <see cref="ComplaintStatus.None"/> before <see cref="ComplaintReceived"/>.</param>
/// <param name="Cause">The cause quality control recorded; null before investigation.</param>
/// <param name="Findings">The investigation's findings; empty before investigation.</param>
/// <param name="Actions">The corrective action requests, in the order issued.</param>
/// <param name="ClosedOn">The day it was closed.</param>
public sealed record ComplaintState(
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
    /// <inheritdoc />
    public bool Equals(ComplaintState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the state before the complaint is received.</summary>
    public static ComplaintState NotReceived { get; } = new(default, default, string.Empty, default, ComplaintStatus.None, null, string.Empty, [], null);

    /// <summary>Gets the service request or feedback item the complaint was escalated from, when its receipt named one
    /// (<see cref="ComplaintSourceRecorded"/>); null otherwise.</summary>
    public ComplaintSource? Source { get; init; }

    /// <summary>Gets whether the complaint exists (false before <see cref="ComplaintReceived"/>).</summary>
    public bool IsReceived => Status != ComplaintStatus.None;

    /// <summary>Gets the latest corrective action request, if any.</summary>
    public CorrectiveActionRequest? CurrentAction => Actions.IsEmpty ? null : Actions[^1];
}
