using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Quality;
using NodaTime;

namespace KeyAccount.Domain.Service;

/// <summary>A command to the service of a won account (KAM-04, KAM-05).</summary>
/// <remarks>Starting the service and recording a support request or a training session are decided with the account's
/// state as evidence (GEN-11): the host supplies it with <see cref="Decisions.DecisionContext.WithSource{TState}"/> for
/// <see cref="AccountAggregate.StreamOf"/>, and the account must be <see cref="AccountStage.Won"/>.</remarks>
public abstract record AccountServiceCommand
{
    private protected AccountServiceCommand()
    {
    }
}

/// <summary>Starts the service of an account that is won (KAM-04).</summary>
/// <param name="Account">The account.</param>
public sealed record StartAccountService(AccountId Account) : AccountServiceCommand;

/// <summary>Records a support request (技术支持) of the customer; its first response is due within
/// <see cref="ResponseWindowPolicy"/> (KAM-04).</summary>
/// <param name="Subject">What the customer needs; not empty.</param>
public sealed record RecordSupportRequest(string Subject) : AccountServiceCommand;

/// <summary>Records the first response to a support request; a response after the due day is recorded as late (KAM-04).</summary>
/// <param name="Request">The request's number.</param>
/// <param name="By">Who responded; not empty.</param>
public sealed record RespondToSupportRequest(int Request, string By) : AccountServiceCommand;

/// <summary>Closes a support request with its resolution and the customer's confirmation (KAM-04).</summary>
/// <param name="Request">The request's number.</param>
/// <param name="Resolution">What was done; not empty.</param>
/// <param name="ConfirmedBy">The customer's person who confirmed it; not empty.</param>
public sealed record CloseSupportRequest(int Request, string Resolution, string ConfirmedBy) : AccountServiceCommand;

/// <summary>Records a training session (培训) held for the customer (KAM-04).</summary>
/// <param name="Topic">The topic; not empty.</param>
/// <param name="HeldOn">The day it was held; not after today.</param>
/// <param name="Attendees">How many of the customer's people attended; positive.</param>
public sealed record RecordTrainingSession(string Topic, LocalDate HeldOn, int Attendees) : AccountServiceCommand;

/// <summary>Records a feedback item or suggestion of the customer; its disposition is due within
/// <see cref="FeedbackWindowPolicy"/> (KAM-05).</summary>
/// <param name="Text">The feedback; not empty.</param>
public sealed record RecordFeedback(string Text) : AccountServiceCommand;

/// <summary>Disposes of a feedback item with an improvement action (KAM-05).</summary>
/// <param name="Feedback">The item's number.</param>
/// <param name="Action">The improvement; not empty.</param>
/// <param name="Owner">Who owns it; not empty.</param>
/// <param name="DueOn">When it is due; not before today.</param>
public sealed record PlanImprovement(int Feedback, string Action, string Owner, LocalDate DueOn) : AccountServiceCommand;

/// <summary>Disposes of a feedback item by linking it to a complaint (KAM-05, CMP-01); the complaint's state is the
/// evidence (GEN-11), received for the same account.</summary>
/// <param name="Feedback">The item's number.</param>
/// <param name="Complaint">The complaint.</param>
public sealed record LinkFeedbackToComplaint(int Feedback, ComplaintId Complaint) : AccountServiceCommand;

/// <summary>Disposes of a feedback item by declining it with a reason (KAM-05).</summary>
/// <param name="Feedback">The item's number.</param>
/// <param name="Reason">Why; not empty.</param>
public sealed record DeclineFeedback(int Feedback, string Reason) : AccountServiceCommand;
