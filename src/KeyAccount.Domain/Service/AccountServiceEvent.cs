using System.Text.Json.Serialization;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Quality;
using NodaTime;

namespace KeyAccount.Domain.Service;

/// <summary>An event of the service of a won account (KAM-04, KAM-05).</summary>
[JsonDerivedType(typeof(AccountServiceStarted), "account_service.started.v1")]
[JsonDerivedType(typeof(SupportRequestRecorded), "account_service.request_recorded.v1")]
[JsonDerivedType(typeof(SupportRequestResponded), "account_service.request_responded.v1")]
[JsonDerivedType(typeof(SupportRequestClosed), "account_service.request_closed.v1")]
[JsonDerivedType(typeof(TrainingSessionRecorded), "account_service.training_recorded.v1")]
[JsonDerivedType(typeof(FeedbackRecorded), "account_service.feedback_recorded.v1")]
[JsonDerivedType(typeof(FeedbackDisposed), "account_service.feedback_disposed.v1")]
public abstract record AccountServiceEvent
{
    private protected AccountServiceEvent()
    {
    }
}

/// <summary>The service of a won account started.</summary>
/// <param name="Account">The account.</param>
/// <param name="StartedOn">The business day.</param>
public sealed record AccountServiceStarted(AccountId Account, LocalDate StartedOn) : AccountServiceEvent;

/// <summary>A support request was recorded.</summary>
/// <param name="Request">Its number within the account.</param>
/// <param name="Subject">What the customer needs.</param>
/// <param name="ReceivedOn">The business day.</param>
/// <param name="RespondBy">The last day of the response window in force.</param>
public sealed record SupportRequestRecorded(int Request, string Subject, LocalDate ReceivedOn, LocalDate RespondBy) : AccountServiceEvent;

/// <summary>A support request got its first response.</summary>
/// <param name="Request">The request.</param>
/// <param name="By">Who responded.</param>
/// <param name="RespondedOn">The business day.</param>
/// <param name="WorkingDaysLate">Working days after the due day; 0 when within the window.</param>
public sealed record SupportRequestResponded(int Request, string By, LocalDate RespondedOn, int WorkingDaysLate) : AccountServiceEvent;

/// <summary>A support request was closed with the customer's confirmation.</summary>
/// <param name="Request">The request.</param>
/// <param name="Resolution">What was done.</param>
/// <param name="ConfirmedBy">The customer's person who confirmed it.</param>
/// <param name="ClosedOn">The business day.</param>
public sealed record SupportRequestClosed(int Request, string Resolution, string ConfirmedBy, LocalDate ClosedOn) : AccountServiceEvent;

/// <summary>A training session was held for the customer.</summary>
/// <param name="Session">Its number within the account.</param>
/// <param name="Topic">The topic.</param>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="Attendees">How many attended.</param>
public sealed record TrainingSessionRecorded(int Session, string Topic, LocalDate HeldOn, int Attendees) : AccountServiceEvent;

/// <summary>A feedback item was recorded.</summary>
/// <param name="Feedback">Its number within the account.</param>
/// <param name="Text">The feedback.</param>
/// <param name="ReceivedOn">The business day.</param>
/// <param name="DisposeBy">The last day of the feedback window in force.</param>
public sealed record FeedbackRecorded(int Feedback, string Text, LocalDate ReceivedOn, LocalDate DisposeBy) : AccountServiceEvent;

/// <summary>A feedback item was disposed of: an improvement action, a complaint linked or declined with a reason.</summary>
/// <param name="Feedback">The item.</param>
/// <param name="Disposition">The disposition.</param>
public sealed record FeedbackDisposed(int Feedback, FeedbackDisposition Disposition) : AccountServiceEvent;
