using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Quality;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>
/// After-sales service (售后服务, DLV-05): a customer's request is acknowledged within the service window
/// (<see cref="ServiceWindowPolicy"/>, working days on the context's calendar), closed with the resolution and the
/// customer's confirmation, and, when it reveals a nonconformity, escalated to a complaint (CMP-01) whose state the host
/// supplies as evidence (GEN-11). The request keeps the complaint's ID: the link from the request to the complaint is on
/// the request's stream, the link back is <see cref="ServiceRequestState.Complaint"/> looked up by the complaint's ID.
/// </summary>
internal sealed class ServiceRequestDecider
    : LifecycleDecider<ServiceRequestCommand, ServiceRequestEvent, ServiceRequestState, ServiceRequestStatus, ServiceRequestTrigger>
{
    private ServiceRequestDecider()
        : base(ServiceRequestState.NotReceived, ServiceRequestLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static ServiceRequestDecider Instance { get; } = new();

    /// <inheritdoc />
    public override ServiceRequestTrigger? TriggerOf(ServiceRequestEvent @event) => @event switch
    {
        ServiceRequestReceived => ServiceRequestTrigger.Receive,
        ServiceRequestAcknowledged => ServiceRequestTrigger.Acknowledge,
        ServiceRequestEscalated => ServiceRequestTrigger.Escalate,
        ServiceRequestClosed => ServiceRequestTrigger.Close,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a service request event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override ServiceRequestTrigger? TriggerOf(ServiceRequestCommand command, ServiceRequestState state) => command switch
    {
        ReceiveServiceRequest => ServiceRequestTrigger.Receive,
        AcknowledgeServiceRequest => ServiceRequestTrigger.Acknowledge,
        EscalateServiceRequest => ServiceRequestTrigger.Escalate,
        CloseServiceRequest => ServiceRequestTrigger.Close,
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not a service request command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<ServiceRequestEvent> DecideData(ServiceRequestCommand command, ServiceRequestState state, DecisionContext context)
    {
        var today = context.Today;
        switch (command)
        {
            case ReceiveServiceRequest receive:
                if (string.IsNullOrWhiteSpace(receive.Subject))
                {
                    return FulfilmentMessages.Violation("DLV-05", "service.subject_required");
                }

                // DLV-05: the window is fixed when the request is received; a later change of policy does not move it.
                var due = context.Calendar.AddWorkingDays(today, context.Policy<ServiceWindowPolicy>().WorkingDays);
                return Decision<ServiceRequestEvent>.Accept(new ServiceRequestReceived(receive.Request, receive.Account, receive.Subject.Trim(), today, due));
            case AcknowledgeServiceRequest acknowledge:
                if (string.IsNullOrWhiteSpace(acknowledge.By))
                {
                    return FulfilmentMessages.Violation("DLV-05", "service.acknowledged_by_required");
                }

                var late = today > state.AcknowledgeBy ? context.Calendar.WorkingDaysBetween(state.AcknowledgeBy, today) : 0;
                return Decision<ServiceRequestEvent>.Accept(new ServiceRequestAcknowledged(acknowledge.By.Trim(), today, late));
            case EscalateServiceRequest escalate:
                return Escalate(escalate, state, context);
            case CloseServiceRequest close:
                if (string.IsNullOrWhiteSpace(close.Resolution))
                {
                    return FulfilmentMessages.Violation("DLV-05", "service.resolution_required");
                }

                if (string.IsNullOrWhiteSpace(close.ConfirmedBy))
                {
                    return FulfilmentMessages.Violation("DLV-05", "service.confirmation_required");
                }

                return Decision<ServiceRequestEvent>.Accept(new ServiceRequestClosed(close.Resolution.Trim(), close.ConfirmedBy.Trim(), today));
            default:
                throw new ArgumentException($"{command.GetType().Name} is not a service request command.", nameof(command));
        }
    }

    /// <inheritdoc />
    private protected override ServiceRequestState Fold(ServiceRequestState state, ServiceRequestEvent @event) => @event switch
    {
        ServiceRequestReceived r => state with { Request = r.Request, Account = r.Account, Subject = r.Subject, ReceivedOn = r.ReceivedOn, AcknowledgeBy = r.AcknowledgeBy },
        ServiceRequestAcknowledged a => state with { AcknowledgedOn = a.AcknowledgedOn },
        ServiceRequestEscalated e => state with { Complaint = e.Complaint },
        ServiceRequestClosed c => state with { Resolution = c.Resolution, ConfirmedBy = c.ConfirmedBy, ClosedOn = c.ClosedOn },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a service request event.", nameof(@event)),
    };

    private static Decision<ServiceRequestEvent> Escalate(EscalateServiceRequest escalate, ServiceRequestState state, DecisionContext context)
    {
        if (string.IsNullOrWhiteSpace(escalate.Nonconformity))
        {
            return FulfilmentMessages.Violation("DLV-05", "service.nonconformity_required");
        }

        return ReceivedComplaint.Check(context, escalate.Complaint, state.Account, detail => FulfilmentMessages.Violation("DLV-05", "service.complaint_other_account", detail))
            ?? Decision<ServiceRequestEvent>.Accept(new ServiceRequestEscalated(escalate.Complaint, escalate.Nonconformity.Trim(), context.Today));
    }
}
