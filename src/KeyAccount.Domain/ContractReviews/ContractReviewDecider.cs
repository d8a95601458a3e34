using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.ContractReviews;

/// <summary>
/// The contract review (合同评审, ISO 9001:2015 8.2.3) as a decider: requirements determined completely (CR-02), routed to
/// the salesperson or to production, technical, quality and the general manager (CR-03), differences and objections
/// cleared before approval (CR-04), amendments re-opening the review (CR-05), and the fulfilment decision (CR-06).
/// </summary>
/// <remarks>Every command is checked against <see cref="ContractReviewLifecycle"/> first; an illegal move is a
/// <see cref="TransitionNotAllowed"/> naming the rule the table names for its trigger: CR-01 for opening a review
/// twice, GEN-05 for any other.</remarks>
internal sealed class ContractReviewDecider
    : LifecycleDecider<ContractReviewCommand, ContractReviewEvent, ContractReviewState, ContractReviewStatus, ContractReviewTrigger>,
      ICommandProposer<ContractReviewCommand, ContractReviewState>
{
    private static readonly ImmutableArray<Department> SpecialReviewers = [Department.Production, Department.Technical, Department.Quality];

    private ContractReviewDecider()
        : base(ContractReviewState.NotOpened, ContractReviewLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static ContractReviewDecider Instance { get; } = new();

    /// <inheritdoc />
    /// <remarks>Every contract review event fires a row of the table.</remarks>
    public override ContractReviewTrigger? TriggerOf(ContractReviewEvent @event) => @event switch
    {
        ContractReviewOpened => ContractReviewTrigger.Open,
        RequirementsDetermined => ContractReviewTrigger.DetermineRequirements,
        ReviewStarted => ContractReviewTrigger.StartReview,
        VerdictRecorded => ContractReviewTrigger.RecordVerdict,
        ReviewIssueRaised => ContractReviewTrigger.RaiseIssue,
        ReviewIssueResolved => ContractReviewTrigger.ResolveIssue,
        ContractReviewApproved => ContractReviewTrigger.Approve,
        ContractReviewRejected => ContractReviewTrigger.Reject,
        ContractAmended => ContractReviewTrigger.Amend,
        FulfilmentDecided => ContractReviewTrigger.DecideFulfilment,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a contract review event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override ContractReviewTrigger? TriggerOf(ContractReviewCommand command, ContractReviewState state) => TriggerOf(command);

    /// <summary>Returns the departments whose verdicts a route requires (CR-03).</summary>
    /// <param name="route">The route.</param>
    /// <returns>Production, technical and quality for special requirements; none for a standard product.</returns>
    public static ImmutableArray<Department> RequiredVerdictsFor(ReviewRoute route) => route == ReviewRoute.SpecialRequirements ? SpecialReviewers : [];

    /// <summary>Returns the department that approves (and may reject) a review on a route (CR-03).</summary>
    /// <param name="route">The route.</param>
    /// <returns>Sales for a standard product, the general manager for special requirements.</returns>
    public static Department ApproverFor(ReviewRoute route) => route == ReviewRoute.SpecialRequirements ? Department.GeneralManagement : Department.Sales;

    /// <inheritdoc />
    private protected override Decision<ContractReviewEvent> DecideData(ContractReviewCommand command, ContractReviewState state, DecisionContext context)
    {
        var today = context.Today;
        return command switch
        {
            OpenContractReview open => Open(open, context),
            DetermineRequirements d => Decision<ContractReviewEvent>.Accept(new RequirementsDetermined(Preconditions.CheckNotNull(d.Requirements))),
            StartReview => Start(state, today),
            RecordVerdict v => Verdict(v, state, today),
            RaiseReviewIssue r => string.IsNullOrWhiteSpace(r.Description)
                ? ContractReviewsMessages.Violation("CR-04", "contract_review.issue_description_required")
                : Decision<ContractReviewEvent>.Accept(new ReviewIssueRaised(state.Issues.Count + 1, r.Kind, r.Description.Trim())),
            ResolveReviewIssue r => Resolve(r, state),
            ApproveContractReview a => Approve(a, state, today),
            RejectContractReview r => Reject(r, state, today),
            AmendContract a => Amend(a, state, today),
            DecideFulfilment f => Fulfil(f, state, today),
            _ => throw new ArgumentException($"{command.GetType().Name} is not a contract review command.", nameof(command)),
        };
    }

    /// <inheritdoc />
    private protected override ContractReviewState Fold(ContractReviewState state, ContractReviewEvent @event) => @event switch
    {
        ContractReviewOpened o => state with { Review = o.Review, Register = o.Register, SerialNumber = o.SerialNumber, Account = o.Account },
        RequirementsDetermined d => state with { Requirements = d.Requirements },
        ReviewStarted s => state with { Route = s.Route, RequiredVerdicts = [.. s.RequiredVerdicts] },
        VerdictRecorded v => state with { Verdicts = state.Verdicts.SetItem(v.Department, new DepartmentVerdict(v.Department, v.Feasible, v.Remarks, v.RecordedOn)) },
        ReviewIssueRaised r => state with { Issues = state.Issues.Add(new ReviewIssue(r.Number, r.Kind, r.Description, null)) },
        ReviewIssueResolved r => state with { Issues = state.Issues.Select(i => i.Number == r.Number ? i with { Resolution = r.Resolution } : i).ToImmutableList() },
        ContractReviewApproved a => state with { ApprovedBy = a.ApprovedBy, ApprovedOn = a.ApprovedOn, Fulfilment = null },
        ContractReviewRejected => state,
        ContractAmended a => state with
        {
            Requirements = a.Requirements, Route = a.Route, RequiredVerdicts = [.. a.RequiredVerdicts],
            Verdicts = ImmutableDictionary<Department, DepartmentVerdict>.Empty, ApprovedBy = null, ApprovedOn = null, Fulfilment = null,
            Amendments = state.Amendments + 1,
        },
        FulfilmentDecided f => state with { Fulfilment = f.Route },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a contract review event.", nameof(@event)),
    };

    /// <summary>
    /// Proposes the moves worth asking about (GEN-06): start the review, each missing verdict, approval by the route's
    /// approver and the fulfilment decision. Ask <see cref="Decider.WhatNext{TCommand, TEvent, TState}"/> which of them
    /// would be accepted and which rule blocks the others.
    /// </summary>
    /// <param name="state">The state.</param>
    /// <param name="context">The context.</param>
    /// <returns>The candidate commands.</returns>
    public IEnumerable<ContractReviewCommand> ProposeCommands(ContractReviewState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        switch (state.Status)
        {
            case ContractReviewStatus.Registered:
                yield return new StartReview();
                break;
            case ContractReviewStatus.UnderReview:
                foreach (var department in state.RequiredVerdicts.Where(d => state.Verdicts.GetValueOrDefault(d) is not { Feasible: true }))
                {
                    yield return new RecordVerdict(department, Feasible: true, Remarks: string.Empty);
                }

                yield return new ApproveContractReview(ApproverFor(state.Route));
                break;
            case ContractReviewStatus.Approved when state.Fulfilment is null:
                yield return new DecideFulfilment(0);
                break;
        }
    }

    internal static ContractReviewTrigger TriggerOf(ContractReviewCommand command) => command switch
    {
        OpenContractReview => ContractReviewTrigger.Open,
        DetermineRequirements => ContractReviewTrigger.DetermineRequirements,
        StartReview => ContractReviewTrigger.StartReview,
        RecordVerdict => ContractReviewTrigger.RecordVerdict,
        RaiseReviewIssue => ContractReviewTrigger.RaiseIssue,
        ResolveReviewIssue => ContractReviewTrigger.ResolveIssue,
        ApproveContractReview => ContractReviewTrigger.Approve,
        RejectContractReview => ContractReviewTrigger.Reject,
        AmendContract => ContractReviewTrigger.Amend,
        DecideFulfilment => ContractReviewTrigger.DecideFulfilment,
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not a contract review command.", nameof(command)),
    };

    private static Decision<ContractReviewEvent> Open(OpenContractReview open, DecisionContext context)
    {
        if (open.SerialNumber < 1)
        {
            return ContractReviewsMessages.Violation("CR-01", "contract_review.serial_number_invalid", new ErrorDetail("serialNumber", open.SerialNumber));
        }

        // GEN-11: the register's state comes from the context; CR-01: it issued this number to this review.
        var stream = ContractRegisterAggregate.StreamOf(open.Register);
        if (!Evidence.TryGet<ContractRegisterState>(context, "contract register", stream, out var register, out var refusal))
        {
            return refusal;
        }

        if (!register.SerialNumbers.TryGetValue(open.Review, out var issued))
        {
            return open.SerialNumber > register.LastSerialNumber
                ? ContractReviewsMessages.Violation("CR-01", "contract_review.serial_number_not_issued", new ErrorDetail("serialNumber", open.SerialNumber), new ErrorDetail("last", register.LastSerialNumber))
                : ContractReviewsMessages.Violation("CR-01", "contract_review.serial_number_of_another_review", new ErrorDetail("serialNumber", open.SerialNumber));
        }

        if (issued != open.SerialNumber)
        {
            return ContractReviewsMessages.Violation("CR-01", "contract_review.serial_number_mismatch", new ErrorDetail("serialNumber", open.SerialNumber), new ErrorDetail("issued", issued));
        }

        return Decision<ContractReviewEvent>.Accept(new ContractReviewOpened(open.Review, open.Register, open.SerialNumber, open.Account, context.Today));
    }

    private static Decision<ContractReviewEvent> Start(ContractReviewState state, NodaTime.LocalDate today)
    {
        // CR-02: product, delivery, post-delivery and legal requirements are all determined before anyone reviews them.
        var missing = state.Requirements.Missing();
        if (missing.Count > 0)
        {
            return new RequirementsMissing("CR-02", "contract_review.requirements_incomplete", ContractReviewsMessages.Source, missing);
        }

        var route = state.Requirements.Route;
        return Decision<ContractReviewEvent>.Accept(new ReviewStarted(route, RequiredVerdictsFor(route), today));
    }

    private static Decision<ContractReviewEvent> Verdict(RecordVerdict verdict, ContractReviewState state, NodaTime.LocalDate today)
    {
        if (!state.RequiredVerdicts.Contains(verdict.Department))
        {
            // CR-03: a standard order is signed by the salesperson alone; special requirements go to exactly three departments.
            return ContractReviewsMessages.Violation("CR-03", "contract_review.verdict_not_expected", new ErrorDetail("department", verdict.Department), new ErrorDetail("route", state.Route));
        }

        if (!verdict.Feasible && string.IsNullOrWhiteSpace(verdict.Remarks))
        {
            return ContractReviewsMessages.Violation("CR-03", "contract_review.verdict_reason_required", new ErrorDetail("department", verdict.Department));
        }

        return Decision<ContractReviewEvent>.Accept(new VerdictRecorded(verdict.Department, verdict.Feasible, verdict.Remarks?.Trim() ?? string.Empty, today));
    }

    private static Decision<ContractReviewEvent> Resolve(ResolveReviewIssue resolve, ContractReviewState state)
    {
        var issue = state.Issues.Find(i => i.Number == resolve.Number);
        if (issue is not { IsOpen: true })
        {
            return ContractReviewsMessages.Violation("CR-04", "contract_review.issue_not_open", new ErrorDetail("number", resolve.Number));
        }

        if (string.IsNullOrWhiteSpace(resolve.Resolution))
        {
            return ContractReviewsMessages.Violation("CR-04", "contract_review.resolution_required", new ErrorDetail("number", resolve.Number));
        }

        return Decision<ContractReviewEvent>.Accept(new ReviewIssueResolved(resolve.Number, resolve.Resolution.Trim()));
    }

    private static RuleViolation? CheckApprover(Department by, ContractReviewState state)
    {
        var approver = ApproverFor(state.Route);
        return by == approver
            ? null
            : ContractReviewsMessages.Violation("CR-03", "contract_review.approver_not_allowed", new ErrorDetail("department", by), new ErrorDetail("route", state.Route), new ErrorDetail("approver", approver));
    }

    private static Decision<ContractReviewEvent> Approve(ApproveContractReview approve, ContractReviewState state, NodaTime.LocalDate today)
    {
        if (CheckApprover(approve.By, state) is { } wrongApprover)
        {
            return wrongApprover;
        }

        // CR-03: the general manager approves only on the review form complete with every department's favourable verdict.
        var verdicts = new List<MissingRequirement>();
        foreach (var department in state.RequiredVerdicts)
        {
            switch (state.Verdicts.GetValueOrDefault(department))
            {
                case null:
                    verdicts.Add(ContractReviewsMessages.Missing("contract_review.verdict_missing", new ErrorDetail("department", department)));
                    break;
                case { Feasible: false } negative:
                    verdicts.Add(ContractReviewsMessages.Missing("contract_review.verdict_unfavourable", new ErrorDetail("department", department), new ErrorDetail("remarks", negative.Remarks)));
                    break;
            }
        }

        if (verdicts.Count > 0)
        {
            return new RequirementsMissing("CR-03", "contract_review.verdicts_missing", ContractReviewsMessages.Source, verdicts);
        }

        // CR-04: every difference and objection is cleared before the contract binds the company.
        var open = state.OpenIssues;
        if (open.Count > 0)
        {
            return new RequirementsMissing(
                "CR-04",
                "contract_review.issues_open",
                ContractReviewsMessages.Source,
                open.Select(i => ContractReviewsMessages.Missing("contract_review.issue_open", new ErrorDetail("number", i.Number), new ErrorDetail("kind", i.Kind), new ErrorDetail("description", i.Description))).ToList());
        }

        return Decision<ContractReviewEvent>.Accept(new ContractReviewApproved(approve.By, today));
    }

    private static Decision<ContractReviewEvent> Reject(RejectContractReview reject, ContractReviewState state, NodaTime.LocalDate today)
    {
        if (CheckApprover(reject.By, state) is { } wrongApprover)
        {
            return wrongApprover;
        }

        if (string.IsNullOrWhiteSpace(reject.Reason))
        {
            return ContractReviewsMessages.Violation("CR-03", "contract_review.reason_required");
        }

        return Decision<ContractReviewEvent>.Accept(new ContractReviewRejected(reject.By, reject.Reason.Trim(), today));
    }

    private static Decision<ContractReviewEvent> Amend(AmendContract amend, ContractReviewState state, NodaTime.LocalDate today)
    {
        Preconditions.CheckNotNull(amend.Requirements);
        var missing = amend.Requirements.Missing();
        if (missing.Count > 0)
        {
            return new RequirementsMissing("CR-02", "contract_review.requirements_incomplete", ContractReviewsMessages.Source, missing);
        }

        if (string.IsNullOrWhiteSpace(amend.Summary))
        {
            return ContractReviewsMessages.Violation("CR-05", "contract_review.amendment_summary_required");
        }

        // CR-05: everyone who reviewed the contract learns of the change; the new terms are reviewed afresh.
        var route = amend.Requirements.Route;
        return Decision<ContractReviewEvent>.Accept(
            new ContractAmended(amend.Requirements, amend.Summary.Trim(), state.Reviewers, route, RequiredVerdictsFor(route), today));
    }

    private static Decision<ContractReviewEvent> Fulfil(DecideFulfilment fulfil, ContractReviewState state, NodaTime.LocalDate today)
    {
        if (fulfil.QualifiedStockOnHand < 0)
        {
            return ContractReviewsMessages.Violation("CR-06", "contract_review.stock_negative", new ErrorDetail("stock", fulfil.QualifiedStockOnHand));
        }

        if (state.Fulfilment is { } decided)
        {
            return ContractReviewsMessages.Violation("CR-06", "contract_review.fulfilment_already_decided", new ErrorDetail("route", decided));
        }

        // CR-06: only qualified finished goods that cover the whole order may ship directly; anything else is planned.
        var ordered = state.Requirements.Quantity ?? 0;
        var route = fulfil.QualifiedStockOnHand >= ordered ? FulfilmentRoute.ShipFromStock : FulfilmentRoute.ProductionPlanning;
        return Decision<ContractReviewEvent>.Accept(new FulfilmentDecided(route, ordered, fulfil.QualifiedStockOnHand, today));
    }
}
