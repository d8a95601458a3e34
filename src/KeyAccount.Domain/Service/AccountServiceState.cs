using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Service;

/// <summary>The state of the service of a won account, evolved by <see cref="AccountServiceDecider"/>.</summary>
/// <param name="Account">The account.</param>
/// <param name="Status">The lifecycle state.</param>
/// <param name="StartedOn">The day the service started.</param>
/// <param name="Requests">The support requests, by number.</param>
/// <param name="Trainings">The training sessions, by number.</param>
/// <param name="Feedback">The feedback items, by number.</param>
public sealed record AccountServiceState(
    AccountId Account,
    AccountServiceStatus Status,
    LocalDate StartedOn,
    ImmutableList<SupportRequest> Requests,
    ImmutableList<TrainingSession> Trainings,
    ImmutableList<FeedbackItem> Feedback)
{
    /// <inheritdoc />
    public bool Equals(AccountServiceState? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

    /// <summary>Gets the state before the service starts.</summary>
    public static AccountServiceState NotStarted { get; } = new(default, AccountServiceStatus.None, default, [], [], []);

    /// <summary>Gets the feedback items that have no disposition yet (KAM-05).</summary>
    public ImmutableList<FeedbackItem> WithoutDisposition => Feedback.Where(f => f.Disposition is null).ToImmutableList();

    /// <summary>Returns the support requests overdue as of a day: not responded to within their window (KAM-04). A later
    /// day never reports fewer.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>The overdue requests, by number.</returns>
    public ImmutableList<SupportRequest> OverdueRequestsAsOf(LocalDate asOf) => Requests.Where(r => r.IsOverdueAsOf(asOf)).ToImmutableList();

    /// <summary>Returns the feedback items whose window ended before a day without a disposition within it (KAM-05).</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>The overdue items, by number.</returns>
    public ImmutableList<FeedbackItem> OverdueFeedbackAsOf(LocalDate asOf) => Feedback.Where(f => f.IsOverdueAsOf(asOf)).ToImmutableList();
}
