using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Quality;

/// <summary>
/// A customer complaint (客户投诉) with its corrective and preventive action (CMP-01, ISO 9001:2015 10.2): received by
/// sales, investigated by quality control, an action request issued to the responsible department, implemented,
/// verified effective, and only then closed.
/// </summary>
/// <remarks><see cref="ComplaintLifecycle"/> names CMP-01 for illegal moves, so closing a complaint whose action was not
/// verified is a <see cref="TransitionNotAllowed"/> with rule CMP-01.</remarks>
internal sealed class ComplaintDecider
    : LifecycleDecider<ComplaintCommand, ComplaintEvent, ComplaintState, ComplaintStatus, ComplaintTrigger>, ICommandProposer<ComplaintCommand, ComplaintState>
{
    private ComplaintDecider()
        : base(ComplaintState.NotReceived, ComplaintLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static ComplaintDecider Instance { get; } = new();

    /// <inheritdoc />
    public override ComplaintTrigger? TriggerOf(ComplaintEvent @event) => @event switch
    {
        ComplaintReceived => ComplaintTrigger.Receive,
        ComplaintSourceRecorded => null,
        ComplaintInvestigated => ComplaintTrigger.Investigate,
        CorrectiveActionRequested => ComplaintTrigger.RequestAction,
        CorrectiveActionImplemented => ComplaintTrigger.ImplementAction,
        EffectivenessVerified { Effective: true } => ComplaintTrigger.VerifyEffective,
        EffectivenessVerified => ComplaintTrigger.FindIneffective,
        ComplaintClosed => ComplaintTrigger.Close,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a complaint event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override ComplaintTrigger? TriggerOf(ComplaintCommand command, ComplaintState state) => command switch
    {
        ReceiveComplaint => ComplaintTrigger.Receive,
        RecordInvestigation => ComplaintTrigger.Investigate,
        RequestCorrectiveAction => ComplaintTrigger.RequestAction,
        ReportActionImplemented => ComplaintTrigger.ImplementAction,
        VerifyEffectiveness { Effective: true } => ComplaintTrigger.VerifyEffective,
        VerifyEffectiveness => ComplaintTrigger.FindIneffective,
        CloseComplaint => ComplaintTrigger.Close,
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not a complaint command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<ComplaintEvent> DecideData(ComplaintCommand command, ComplaintState state, DecisionContext context)
    {
        var today = context.Today;
        switch (command)
        {
            case ReceiveComplaint receive:
                return Require(receive.By, Department.Sales)
                    ?? Text(receive.Description, "complaint.description_required")
                    ?? Receive(receive, context);
            case RecordInvestigation investigate:
                return Require(investigate.By, Department.Quality)
                    ?? Text(investigate.Findings, "complaint.findings_required")
                    ?? Decision<ComplaintEvent>.Accept(new ComplaintInvestigated(investigate.Cause, investigate.Findings.Trim(), today));
            case RequestCorrectiveAction request:
                if ((Require(request.By, Department.Quality) ?? Text(request.Action, "complaint.action_required")) is { } invalid)
                {
                    return invalid;
                }

                if (request.DueOn < today)
                {
                    return QualityMessages.Violation("CMP-01", "complaint.due_date_past", new ErrorDetail("dueOn", request.DueOn), new ErrorDetail("today", today));
                }

                return Decision<ComplaintEvent>.Accept(new CorrectiveActionRequested(state.Actions.Count + 1, request.Responsible, request.Action.Trim(), request.DueOn, today));
            case ReportActionImplemented implemented:
                var current = state.CurrentAction!;
                return Require(implemented.By, current.Responsible)
                    ?? Text(implemented.Description, "complaint.implementation_required")
                    ?? Decision<ComplaintEvent>.Accept(new CorrectiveActionImplemented(current.Number, implemented.Description.Trim(), today));
            case VerifyEffectiveness verify:
                return Require(verify.By, Department.Quality)
                    ?? Text(verify.Evidence, "complaint.evidence_required")
                    ?? Decision<ComplaintEvent>.Accept(new EffectivenessVerified(state.CurrentAction!.Number, verify.Effective, verify.Evidence.Trim(), today));
            case CloseComplaint close:
                return Require(close.By, Department.Quality) ?? Decision<ComplaintEvent>.Accept(new ComplaintClosed(today));
            default:
                throw new ArgumentException($"{command.GetType().Name} is not a complaint command.", nameof(command));
        }
    }

    /// <inheritdoc />
    private protected override ComplaintState Fold(ComplaintState state, ComplaintEvent @event) => @event switch
    {
        ComplaintReceived r => state with { Complaint = r.Complaint, Account = r.Account, Description = r.Description, ReceivedOn = r.ReceivedOn },
        ComplaintSourceRecorded r => state with { Source = r.Source },
        ComplaintInvestigated i => state with { Cause = i.Cause, Findings = i.Findings },
        CorrectiveActionRequested a => state with
        {
            Actions = state.Actions.Add(new CorrectiveActionRequest(a.RequestNumber, a.Responsible, a.Action, a.DueOn, a.IssuedOn, null, null)),
        },
        CorrectiveActionImplemented i => state with { Actions = Update(state, i.RequestNumber, a => a with { ImplementedOn = i.ImplementedOn }) },
        EffectivenessVerified v => state with { Actions = Update(state, v.RequestNumber, a => a with { Effective = v.Effective }) },
        ComplaintClosed c => state with { ClosedOn = c.ClosedOn },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a complaint event.", nameof(@event)),
    };

    /// <summary>
    /// Proposes closing the complaint (GEN-06), so that <see cref="Decider.WhatNext{TCommand, TEvent, TState}"/> tells
    /// whether it may close now and, if not, which rule and state block it.
    /// </summary>
    /// <param name="state">The state.</param>
    /// <param name="context">The context.</param>
    /// <returns>The candidate commands.</returns>
    public IEnumerable<ComplaintCommand> ProposeCommands(ComplaintState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        if (!state.IsReceived || state.Status == ComplaintStatus.Closed)
        {
            return [];
        }

        // The question hosts ask of a complaint is "why can it not close yet": the answer names the step still missing.
        return [new CloseComplaint(Department.Quality)];
    }

    // The receipt, and the source it was escalated from when the command names one (checked against the source's
    // state, GEN-11): a separate event, so that a receipt without a source reads as it always did.
    private static Decision<ComplaintEvent> Receive(ReceiveComplaint receive, DecisionContext context)
    {
        var received = new ComplaintReceived(receive.Complaint, receive.Account, receive.Description.Trim(), context.Today);
        if (receive.Source is not { } source)
        {
            return Decision<ComplaintEvent>.Accept(received);
        }

        return ComplaintSourceEvidence.Check(context, source, receive.Complaint, receive.Account)
            ?? Decision<ComplaintEvent>.Accept(received, new ComplaintSourceRecorded(source));
    }

    // An event for a request the complaint does not have cannot come from this decider (Decide checks first): GEN-02.
    private static ImmutableList<CorrectiveActionRequest> Update(ComplaintState state, int number, Func<CorrectiveActionRequest, CorrectiveActionRequest> change) =>
        state.Actions.Exists(a => a.Number == number)
            ? state.Actions.Select(a => a.Number == number ? change(a) : a).ToImmutableList()
            : throw new ArgumentException($"Corrective action request {number} is not in the complaint.");

    // CMP-01 names who does each step: sales receives, quality control investigates, requests and verifies, the
    // responsible department implements.
    private static RuleViolation? Require(Department by, Department expected) =>
        by == expected ? null : QualityMessages.Violation("CMP-01", "complaint.wrong_department", new ErrorDetail("department", by), new ErrorDetail("expected", expected));

    private static RuleViolation? Text(string? value, string code) =>
        string.IsNullOrWhiteSpace(value) ? QualityMessages.Violation("CMP-01", code) : null;
}
