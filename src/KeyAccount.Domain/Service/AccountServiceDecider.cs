using System;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Quality;

namespace KeyAccount.Domain.Service;

/// <summary>
/// Service, support and feedback of a won account (客户服务与支持; 客户反馈与改进, 2024年大客户业务流程及管理办法):
/// support requests get a first response within <see cref="ResponseWindowPolicy"/> and close with the resolution and
/// the customer's confirmation, training sessions are recorded (KAM-04); every feedback item gets a disposition within
/// <see cref="FeedbackWindowPolicy"/> — an improvement action, a complaint linked or declined with a reason (KAM-05).
/// The account's state is the evidence that it is won (GEN-11).
/// </summary>
internal sealed class AccountServiceDecider
    : LifecycleDecider<AccountServiceCommand, AccountServiceEvent, AccountServiceState, AccountServiceStatus, AccountServiceTrigger>
{
    private AccountServiceDecider()
        : base(AccountServiceState.NotStarted, AccountServiceLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static AccountServiceDecider Instance { get; } = new();

    /// <inheritdoc />
    public override AccountServiceTrigger? TriggerOf(AccountServiceEvent @event) => @event switch
    {
        AccountServiceStarted => AccountServiceTrigger.Start,
        SupportRequestRecorded => AccountServiceTrigger.RecordRequest,
        SupportRequestResponded => AccountServiceTrigger.Respond,
        SupportRequestClosed => AccountServiceTrigger.CloseRequest,
        TrainingSessionRecorded => AccountServiceTrigger.RecordTraining,
        FeedbackRecorded => AccountServiceTrigger.RecordFeedback,
        FeedbackDisposed => AccountServiceTrigger.Dispose,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not an account service event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override AccountServiceTrigger? TriggerOf(AccountServiceCommand command, AccountServiceState state) => command switch
    {
        StartAccountService => AccountServiceTrigger.Start,
        RecordSupportRequest => AccountServiceTrigger.RecordRequest,
        RespondToSupportRequest => AccountServiceTrigger.Respond,
        CloseSupportRequest => AccountServiceTrigger.CloseRequest,
        RecordTrainingSession => AccountServiceTrigger.RecordTraining,
        RecordFeedback => AccountServiceTrigger.RecordFeedback,
        PlanImprovement or LinkFeedbackToComplaint or DeclineFeedback => AccountServiceTrigger.Dispose,
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not an account service command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<AccountServiceEvent> DecideData(AccountServiceCommand command, AccountServiceState state, DecisionContext context)
    {
        var today = context.Today;
        switch (command)
        {
            case StartAccountService start:
                return WonAccount(context, start.Account) ?? Decision<AccountServiceEvent>.Accept(new AccountServiceStarted(start.Account, today));
            case RecordSupportRequest request:
                if (string.IsNullOrWhiteSpace(request.Subject))
                {
                    return ServiceMessages.Violation("KAM-04", "service.request_subject_required");
                }

                return WonAccount(context, state.Account) ?? Decision<AccountServiceEvent>.Accept(new SupportRequestRecorded(
                    state.Requests.Count + 1, request.Subject.Trim(), today, context.Calendar.AddWorkingDays(today, context.Policy<ResponseWindowPolicy>().WorkingDays)));
            case RespondToSupportRequest respond:
                return Respond(respond, state, context);
            case CloseSupportRequest close:
                return Close(close, state, today);
            case RecordTrainingSession training:
                if (string.IsNullOrWhiteSpace(training.Topic) || training.Attendees <= 0 || training.HeldOn > today)
                {
                    return ServiceMessages.Violation("KAM-04", "service.training_invalid", new ErrorDetail("heldOn", training.HeldOn), new ErrorDetail("attendees", training.Attendees));
                }

                return WonAccount(context, state.Account) ?? Decision<AccountServiceEvent>.Accept(new TrainingSessionRecorded(state.Trainings.Count + 1, training.Topic.Trim(), training.HeldOn, training.Attendees));
            case RecordFeedback feedback:
                if (string.IsNullOrWhiteSpace(feedback.Text))
                {
                    return ServiceMessages.Violation("KAM-05", "service.feedback_text_required");
                }

                return Decision<AccountServiceEvent>.Accept(new FeedbackRecorded(
                    state.Feedback.Count + 1, feedback.Text.Trim(), today, context.Calendar.AddWorkingDays(today, context.Policy<FeedbackWindowPolicy>().WorkingDays)));
            case PlanImprovement plan:
                if (string.IsNullOrWhiteSpace(plan.Action) || string.IsNullOrWhiteSpace(plan.Owner) || plan.DueOn < today)
                {
                    return ServiceMessages.Violation("KAM-05", "service.improvement_invalid", new ErrorDetail("dueOn", plan.DueOn), new ErrorDetail("today", today));
                }

                return Dispose(state, plan.Feedback, new FeedbackDisposition(FeedbackDispositionKind.Improvement, today, Action: plan.Action.Trim(), Owner: plan.Owner.Trim(), DueOn: plan.DueOn));
            case LinkFeedbackToComplaint link:
                return ReceivedComplaint.Check(context, link.Complaint, state.Account, detail => ServiceMessages.Violation("KAM-05", "service.complaint_other_account", detail))
                    ?? Dispose(state, link.Feedback, new FeedbackDisposition(FeedbackDispositionKind.Complaint, today, Complaint: link.Complaint));
            case DeclineFeedback decline:
                if (string.IsNullOrWhiteSpace(decline.Reason))
                {
                    return ServiceMessages.Violation("KAM-05", "service.decline_reason_required");
                }

                return Dispose(state, decline.Feedback, new FeedbackDisposition(FeedbackDispositionKind.Declined, today, Reason: decline.Reason.Trim()));
            default:
                throw new ArgumentException($"{command.GetType().Name} is not an account service command.", nameof(command));
        }
    }

    /// <inheritdoc />
    private protected override AccountServiceState Fold(AccountServiceState state, AccountServiceEvent @event) => @event switch
    {
        AccountServiceStarted s => state with { Account = s.Account, StartedOn = s.StartedOn },
        SupportRequestRecorded r => state with { Requests = state.Requests.Add(new SupportRequest(r.Request, r.Subject, r.ReceivedOn, r.RespondBy, null, null, null, null)) },
        SupportRequestResponded r => state with { Requests = state.Requests.SetItem(r.Request - 1, state.Requests[r.Request - 1] with { RespondedOn = r.RespondedOn }) },
        SupportRequestClosed c => state with { Requests = state.Requests.SetItem(c.Request - 1, state.Requests[c.Request - 1] with { Resolution = c.Resolution, ConfirmedBy = c.ConfirmedBy, ClosedOn = c.ClosedOn }) },
        TrainingSessionRecorded t => state with { Trainings = state.Trainings.Add(new TrainingSession(t.Session, t.Topic, t.HeldOn, t.Attendees)) },
        FeedbackRecorded f => state with { Feedback = state.Feedback.Add(new FeedbackItem(f.Feedback, f.Text, f.ReceivedOn, f.DisposeBy, null)) },
        FeedbackDisposed d => state with { Feedback = state.Feedback.SetItem(d.Feedback - 1, state.Feedback[d.Feedback - 1] with { Disposition = d.Disposition }) },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not an account service event.", nameof(@event)),
    };

    private static Decision<AccountServiceEvent> Respond(RespondToSupportRequest respond, AccountServiceState state, DecisionContext context)
    {
        if (Request(state, respond.Request) is not { } request)
        {
            return ServiceMessages.Violation("KAM-04", "service.unknown_request", new ErrorDetail("request", respond.Request));
        }

        if (request.RespondedOn is not null || string.IsNullOrWhiteSpace(respond.By))
        {
            return ServiceMessages.Violation("KAM-04", "service.response_invalid", new ErrorDetail("request", respond.Request));
        }

        var today = context.Today;
        var late = today > request.RespondBy ? context.Calendar.WorkingDaysBetween(request.RespondBy, today) : 0;
        return Decision<AccountServiceEvent>.Accept(new SupportRequestResponded(request.Number, respond.By.Trim(), today, late));
    }

    private static Decision<AccountServiceEvent> Close(CloseSupportRequest close, AccountServiceState state, NodaTime.LocalDate today)
    {
        if (Request(state, close.Request) is not { } request)
        {
            return ServiceMessages.Violation("KAM-04", "service.unknown_request", new ErrorDetail("request", close.Request));
        }

        if (request.RespondedOn is null || request.ClosedOn is not null)
        {
            return ServiceMessages.Violation("KAM-04", "service.request_not_open", new ErrorDetail("request", close.Request));
        }

        if (string.IsNullOrWhiteSpace(close.Resolution) || string.IsNullOrWhiteSpace(close.ConfirmedBy))
        {
            return ServiceMessages.Violation("KAM-04", "service.close_needs_confirmation", new ErrorDetail("request", close.Request));
        }

        return Decision<AccountServiceEvent>.Accept(new SupportRequestClosed(request.Number, close.Resolution.Trim(), close.ConfirmedBy.Trim(), today));
    }

    private static Decision<AccountServiceEvent> Dispose(AccountServiceState state, int number, FeedbackDisposition disposition)
    {
        if (number < 1 || number > state.Feedback.Count)
        {
            return ServiceMessages.Violation("KAM-05", "service.unknown_feedback", new ErrorDetail("feedback", number));
        }

        return state.Feedback[number - 1].Disposition is not null
            ? ServiceMessages.Violation("KAM-05", "service.feedback_disposed", new ErrorDetail("feedback", number))
            : Decision<AccountServiceEvent>.Accept(new FeedbackDisposed(number, disposition));
    }

    private static SupportRequest? Request(AccountServiceState state, int number) =>
        number >= 1 && number <= state.Requests.Count ? state.Requests[number - 1] : null;

    // KAM-04 read from the account's state (GEN-11): service starts and new requests or sessions are recorded only while it is won.
    private static RuleViolation? WonAccount(DecisionContext context, AccountId account)
    {
        var stream = AccountAggregate.StreamOf(account);
        if (!Evidence.TryGet<AccountState>(context, "account", stream, out var state, out var refusal))
        {
            return refusal;
        }

        if (state.Account != account)
        {
            return Evidence.NotBorneOut("account", stream, "other_account");
        }

        return state.Stage == AccountStage.Won ? null : ServiceMessages.Violation("KAM-04", "service.account_not_won", new ErrorDetail("stage", state.Stage));
    }
}
