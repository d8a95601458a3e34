using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Quality;

/// <summary>
/// A customer complaint (客户投诉) with its corrective and preventive action (CMP-01, ISO 9001:2015 10.2): received by
/// sales, investigated by quality control, an action request issued to the responsible department, implemented,
/// verified effective, and only then closed.
/// </summary>
/// <remarks>The lifecycle table names CMP-01 for illegal moves, so closing a complaint whose action was not verified is
/// a <see cref="TransitionNotAllowed"/> with rule CMP-01.</remarks>
public sealed class ComplaintDecider
    : IDecider<ComplaintCommand, ComplaintEvent, ComplaintState>, ICommandProposer<ComplaintCommand, ComplaintState>
{
    /// <summary>Gets the decider (it holds no state).</summary>
    public static ComplaintDecider Instance { get; } = new();

    /// <summary>Gets the lifecycle table of a complaint (GEN-05), exported to <c>docs/diagrams/complaint.mmd</c>.</summary>
    public static Lifecycle<ComplaintStatus, ComplaintTrigger> Lifecycle { get; } =
        StateMachines.Lifecycle.Define<ComplaintStatus, ComplaintTrigger>("complaint", ComplaintStatus.Received, "CMP-01")
            .Permit(ComplaintStatus.Received, ComplaintTrigger.Investigate, ComplaintStatus.Investigated, "CMP-01")
            .Permit(ComplaintStatus.Investigated, ComplaintTrigger.RequestAction, ComplaintStatus.ActionRequested, "CMP-01")
            .Permit(ComplaintStatus.ActionRequested, ComplaintTrigger.ImplementAction, ComplaintStatus.ActionImplemented, "CMP-01")
            .Permit(ComplaintStatus.ActionImplemented, ComplaintTrigger.VerifyEffective, ComplaintStatus.Verified, "CMP-01")
            .Permit(ComplaintStatus.ActionImplemented, ComplaintTrigger.FindIneffective, ComplaintStatus.Investigated, "CMP-01")
            .Permit(ComplaintStatus.Verified, ComplaintTrigger.Close, ComplaintStatus.Closed, "CMP-01")
            .Build();

    /// <inheritdoc />
    public ComplaintState Initial => ComplaintState.NotReceived;

    /// <summary>Names the event stream of a complaint: <c>complaint-{id}</c>.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <returns>The stream.</returns>
    public static StreamId StreamFor(ComplaintId complaint) => StreamId.For("complaint", complaint);

    /// <inheritdoc />
    public Decision<ComplaintEvent> Decide(ComplaintCommand command, ComplaintState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        var today = context.Today;
        if (command is ReceiveComplaint receive)
        {
            if (state.IsReceived)
            {
                return QualityMessages.Violation("CMP-01", "complaint.already_received", new ErrorDetail("receivedOn", state.ReceivedOn));
            }

            return Require(receive.By, Department.Sales)
                ?? Text(receive.Description, "complaint.description_required")
                ?? Decision<ComplaintEvent>.Accept(new ComplaintReceived(receive.Complaint, receive.Account, receive.Description.Trim(), today));
        }

        if (!state.IsReceived)
        {
            return QualityMessages.Violation("CMP-01", "complaint.not_received");
        }

        if (Lifecycle.Check(state.Status, TriggerOf(command)) is { } illegal)
        {
            return illegal;
        }

        switch (command)
        {
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
    public ComplaintState Evolve(ComplaintState state, ComplaintEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            ComplaintReceived r => state with
            {
                IsReceived = true, Complaint = r.Complaint, Account = r.Account, Description = r.Description, ReceivedOn = r.ReceivedOn,
                Status = ComplaintStatus.Received,
            },
            ComplaintInvestigated i => state with { Status = ComplaintStatus.Investigated, Cause = i.Cause, Findings = i.Findings },
            CorrectiveActionRequested a => state with
            {
                Status = ComplaintStatus.ActionRequested,
                Actions = state.Actions.Add(new CorrectiveActionRequest(a.RequestNumber, a.Responsible, a.Action, a.DueOn, a.IssuedOn, null, null)),
            },
            CorrectiveActionImplemented i => state with
            {
                Status = ComplaintStatus.ActionImplemented,
                Actions = Update(state, i.RequestNumber, a => a with { ImplementedOn = i.ImplementedOn }),
            },
            EffectivenessVerified v => state with
            {
                Status = v.Effective ? ComplaintStatus.Verified : ComplaintStatus.Investigated,
                Actions = Update(state, v.RequestNumber, a => a with { Effective = v.Effective }),
            },
            ComplaintClosed c => state with { Status = ComplaintStatus.Closed, ClosedOn = c.ClosedOn },
            _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a complaint event.", nameof(@event)),
        };
    }

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

    internal static ComplaintTrigger TriggerOf(ComplaintCommand command) => command switch
    {
        RecordInvestigation => ComplaintTrigger.Investigate,
        RequestCorrectiveAction => ComplaintTrigger.RequestAction,
        ReportActionImplemented => ComplaintTrigger.ImplementAction,
        VerifyEffectiveness { Effective: true } => ComplaintTrigger.VerifyEffective,
        VerifyEffectiveness => ComplaintTrigger.FindIneffective,
        CloseComplaint => ComplaintTrigger.Close,
        _ => throw new ArgumentException($"{command.GetType().Name} has no trigger in the complaint lifecycle.", nameof(command)),
    };

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
