using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.StateMachines;
using NodaTime;
using S = KeyAccount.Domain.Sales.Subscriptions.SubscriptionStatus;
using T = KeyAccount.Domain.Sales.Subscriptions.SubscriptionTrigger;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// The subscription (认购书) decider: drafting, payments, stamping, signing, registration, cancellation with rename
/// and unit change (退定、更名、换房), return (退房) and refunds. It enforces SUB-02 … SUB-07, SUB-09, CAN-01 … CAN-08
/// and RET-01 … RET-04; SUB-01 (one live subscription per unit) is enforced by <see cref="UnitDecider"/>, which the host
/// asks before drafting or changing unit and after a cancellation, unit change or return (see <c>docs/sales.md</c>).
/// </summary>
/// <remarks>
/// The lifecycle table (<see cref="Lifecycle"/>) is asked first: an illegal move names the rule of the step attempted
/// (e.g. SUB-07 for a signature on a draft, CAN-05 for a refund before cancellation). Then SUB-03 and the rules of the
/// step: the cancellation, return and refund rules live in their own classes.
/// </remarks>
internal sealed class SubscriptionDecider
    : LifecycleDecider<SubscriptionCommand, SubscriptionEvent, SubscriptionState, SubscriptionStatus, SubscriptionTrigger>,
      ICommandProposer<SubscriptionCommand, SubscriptionState>
{
    private SubscriptionDecider()
        : base(SubscriptionState.Initial, SubscriptionLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static SubscriptionDecider Instance { get; } = new();

    /// <inheritdoc />
    public override SubscriptionTrigger? TriggerOf(SubscriptionEvent @event) => @event switch
    {
        SubscriptionDrafted => T.Draft,
        PaymentReceived => T.Pay,
        SubscriptionStamped => T.Stamp,
        SigningNoticeTermsSigned => T.SignNoticeTerms,
        PreSaleContractSigned => T.SignContract,
        PreSaleContractRegistered => T.Register,
        CancellationRequested => T.RequestCancellation,
        RetentionAttempted { Retained: true } => T.CustomerRetained,
        RetentionAttempted => T.RetentionFailed,
        CancellationApproved => T.ApproveCancellation,
        DocumentHandedBack => T.HandBackDocument,
        DocumentLost => T.ReportDocumentLost,
        SubscriptionCancelled => T.CompleteCancellation,
        SubscriptionRenamed => T.CompleteRename,
        SubscriptionUnitChanged => T.CompleteUnitChange,
        ReturnRequested => T.RequestReturn,
        ContractDeregistered => T.Deregister,
        PurchaseReturned => T.CompleteReturn,
        RefundPaid => T.PayRefund,
        DifferenceRefunded => T.RefundDifference,
        UnitRefused => T.UnitRefused,
        UnitRefusedLate => T.UnitRefusedLate,
        _ => throw new ArgumentException($"{@event?.GetType().Name} is not a subscription event.", nameof(@event)),
    };

    /// <inheritdoc />
    /// <remarks>Every command fires its trigger, also a repeat that is accepted without events (the terms signed
    /// again, a document handed back again, a deregistration recorded again): each is a self-loop of the table.
    /// The completion of an application fires the trigger of what was applied for; a refund while the subscription goes
    /// on pays what a unit change made refundable (CAN-08).</remarks>
    public override SubscriptionTrigger? TriggerOf(SubscriptionCommand command, SubscriptionState state) => command switch
    {
        DraftSubscription => T.Draft,
        RecordPayment => T.Pay,
        StampCopies => T.Stamp,
        SignNoticeTerms => T.SignNoticeTerms,
        SignPreSaleContract => T.SignContract,
        RegisterPreSaleContract => T.Register,
        RequestCancellation => T.RequestCancellation,
        RecordRetentionAttempt { Retained: true } => T.CustomerRetained,
        RecordRetentionAttempt => T.RetentionFailed,
        ApproveCancellation => T.ApproveCancellation,
        HandBackDocument => T.HandBackDocument,
        ReportDocumentLost => T.ReportDocumentLost,
        CompleteCancellation => state?.PendingRequest switch
        {
            CancellationRequest.Rename => T.CompleteRename,
            CancellationRequest.ChangeUnit => T.CompleteUnitChange,
            _ => T.CompleteCancellation,
        },
        RequestReturn => T.RequestReturn,
        RecordDeregistration => T.Deregister,
        CompleteReturn => T.CompleteReturn,
        PayRefund when state is not null && state.DifferenceOutstanding => T.RefundDifference,
        PayRefund => T.PayRefund,
        RecordUnitRefusal c => ReliesOn(state, c.Unit) ? T.UnitRefused : T.UnitRefusedLate,
        _ => throw new ArgumentException($"{command?.GetType().Name} is not a subscription command.", nameof(command)),
    };

    /// <summary>
    /// Proposes the commands that would move the subscription on from <paramref name="state"/>, as the specialist
    /// would send them with what the state already knows; <see cref="Decider.WhatNext{TCommand, TEvent, TState}"/>
    /// then tells which are accepted and why the others are not (e.g. the earliest refund date, the missing documents).
    /// </summary>
    /// <param name="state">The current state.</param>
    /// <param name="context">The decision context.</param>
    /// <returns>The candidate commands, in the order the process usually takes them.</returns>
    public IEnumerable<SubscriptionCommand> ProposeCommands(SubscriptionState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        var specialist = state.Specialist;
        var everyone = state.Customers.Select(c => c.IdDocumentNumber).ToList();
        var outstanding = (state.Status == S.ReturnRequested ? SubscriptionChecks.ContractDocuments : SubscriptionChecks.SubscriptionDocuments)
            .Where(d => !state.HandedBack.Contains(d) && !state.Lost.Contains(d));
        var refund = new PayRefund(specialist, SalesModeRules.RefundPlaceFor(state.Mode), null);
        IEnumerable<SubscriptionCommand> difference = state.DifferenceOutstanding ? [refund] : [];
        return state.Status switch
        {
            S.Draft => [new StampCopies(specialist, SubscriptionChecks.AllCopies), .. difference],
            S.Effective => [
                new SignNoticeTerms(specialist),
                new RequestCancellation(specialist, CancellationRequest.Cancellation, everyone),
                .. difference,
            ],
            S.Contracted or S.Registered => [new RequestReturn(specialist, everyone), .. difference],
            S.CancellationRequested => [
                new ApproveCancellation(specialist, null, null),
                .. outstanding.Select(d => new HandBackDocument(specialist, d)),
            ],
            S.CancellationApproved => [
                new CompleteCancellation(specialist),
                .. outstanding.Select(d => new HandBackDocument(specialist, d)),
            ],
            S.ReturnRequested => [
                new CompleteReturn(specialist, null),
                .. outstanding.Select(d => new HandBackDocument(specialist, d)),
            ],
            S.Cancelled or S.Returned => [refund],
            _ => [],
        };
    }

    /// <inheritdoc />
    private protected override Decision<SubscriptionEvent> DecideData(SubscriptionCommand command, SubscriptionState state, DecisionContext context)
    {
        // SUB-03: the specialist accompanies the whole process, so no command goes through without one.
        if (command.Specialist == default)
        {
            return SalesMessages.Violation("SUB-03", "sales.specialist_required", new ErrorDetail("command", command.GetType().Name));
        }

        var today = context.Today;
        return command switch
        {
            DraftSubscription c => Draft(c, context),
            RecordPayment c => Pay(c, state, today),
            StampCopies c => Stamp(c, today),
            SignNoticeTerms => state.NoticeTermsSigned ? Decision<SubscriptionEvent>.Accept() : Decision<SubscriptionEvent>.Accept(new SigningNoticeTermsSigned(today)),
            SignPreSaleContract c => string.IsNullOrWhiteSpace(c.ContractNumber)
                ? SalesMessages.Violation("SUB-07", "sales.contract_number_required")
                : Decision<SubscriptionEvent>.Accept(new PreSaleContractSigned(c.ContractNumber.Trim(), today)),
            RegisterPreSaleContract c => string.IsNullOrWhiteSpace(c.RegistrationNumber)
                ? SalesMessages.Violation("SUB-07", "sales.registration_number_required")
                : Decision<SubscriptionEvent>.Accept(new PreSaleContractRegistered(c.RegistrationNumber.Trim(), today)),
            RequestCancellation c => SubscriptionCancellationRules.Request(c, state, today),
            RecordRetentionAttempt c => SubscriptionCancellationRules.Retention(c, today),
            ApproveCancellation c => SubscriptionCancellationRules.Approve(c, state, context),
            HandBackDocument c => SubscriptionChecks.HandBack(c, state),
            ReportDocumentLost c => SubscriptionChecks.ReportLost(c, state, today),
            CompleteCancellation => SubscriptionCancellationRules.Complete(state, today),
            RequestReturn c => SubscriptionReturnRules.Request(c, state, today),
            RecordDeregistration c => SubscriptionReturnRules.Deregister(c, state, today),
            CompleteReturn c => SubscriptionReturnRules.Complete(c, state, today),
            PayRefund c => SubscriptionRefundRules.Pay(c, state, context),
            RecordUnitRefusal c => ReliesOn(state, c.Unit)
                ? Decision<SubscriptionEvent>.Accept(new UnitRefused(c.Unit, c.Rule, c.Code, today))
                : Decision<SubscriptionEvent>.Accept(new UnitRefusedLate(c.Unit, c.Rule, c.Code, today)),
            _ => throw new ArgumentException($"{command.GetType().Name} is not a subscription command.", nameof(command)),
        };
    }

    /// <inheritdoc />
    private protected override SubscriptionState Fold(SubscriptionState state, SubscriptionEvent @event) => @event switch
    {
        SubscriptionDrafted e => state with
        {
            Id = e.Subscription, Project = e.Project, Mode = e.Mode, Unit = e.Unit, Customers = [.. e.Customers],
            Price = e.Price, Specialist = e.Specialist, PaidIn = Primitives.Money.Zero(e.Price.Currency), RefundDue = Primitives.Money.Zero(e.Price.Currency),
            Forfeited = Primitives.Money.Zero(e.Price.Currency), CarriedOver = Primitives.Money.Zero(e.Price.Currency), Refunded = Primitives.Money.Zero(e.Price.Currency),
        },
        PaymentReceived e => state with { Payments = state.Payments.Add(e.Notice), PaidIn = state.PaidIn + e.Notice.Amount },
        SubscriptionStamped => state,
        SigningNoticeTermsSigned => state with { NoticeTermsSigned = true },
        PreSaleContractSigned e => state with { ContractNumber = e.ContractNumber },
        PreSaleContractRegistered => state with { Registered = true },
        CancellationRequested e => state with
        {
            PendingRequest = CancellationRequest.From(e.Kind, e.NewCustomers, e.NewUnit, e.NewPrice), RetentionAttempted = false, HandedBack = [], Lost = [],
        },
        RetentionAttempted { Retained: true } => ClearPending(state),
        RetentionAttempted => state with { RetentionAttempted = true },
        CancellationApproved e => state with
        {
            ApprovedOn = e.ApprovedOn, RefundDue = e.RefundDue, Forfeited = e.Forfeited,
            RefundPayableFrom = e.RefundPayableFrom, RefundPlace = e.RefundPlace, StatutoryException = e.StatutoryException,
        },
        DocumentHandedBack e => state with { HandedBack = state.HandedBack.Add(e.Document) },
        DocumentLost e => state with { Lost = state.Lost.Add(e.Document) },
        SubscriptionCancelled => state,
        SubscriptionRenamed e => ClearPending(state) with { Customers = [.. e.NewCustomers], CarriedOver = state.CarriedOver + e.CarriedOver },
        SubscriptionUnitChanged e => ClearPending(state) with { Unit = e.NewUnit, Price = e.NewPrice, CarriedOver = state.CarriedOver + e.CarriedOver },
        ReturnRequested => state with { HandedBack = [], Lost = [] },
        ContractDeregistered => state with { Deregistered = true },
        PurchaseReturned e => state with { RefundDue = e.RefundDue },
        RefundPaid e => state with { Refunded = state.Refunded + e.Amount },
        DifferenceRefunded e => state with { Refunded = state.Refunded + e.Amount, RefundDue = state.RefundDue - e.Amount },
        UnitRefused e => state.PendingRequest is CancellationRequest.ChangeUnit change && change.NewUnit == e.Unit ? ClearPending(state) : state,
        UnitRefusedLate e => state with { LateUnitRefusals = state.LateUnitRefusals.Add(e.Unit) },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a subscription event.", nameof(@event)),
    };

    // SUB-08: a draft or effective subscription relies on its own unit, a pending unit change on the unit moved to.
    private static bool ReliesOn(SubscriptionState state, UnitId unit) => state.Status switch
    {
        S.Draft or S.Effective => state.Unit == unit,
        S.CancellationRequested or S.CancellationApproved => state.PendingRequest is CancellationRequest.ChangeUnit change && change.NewUnit == unit,
        _ => false,
    };

    private static SubscriptionState ClearPending(SubscriptionState state) =>
        state with { PendingRequest = null, RetentionAttempted = false, HandedBack = [], Lost = [] };

    private static Decision<SubscriptionEvent> Draft(DraftSubscription c, DecisionContext context)
    {
        // SUB-09 through GEN-11: the mode is the project's, read from the project's state the host supplies; it is final
        // once sales opened, so the subscription records it once, here.
        if (!OpenProject.TryGet(context, c.Project, "SUB-09", "sales.project_not_open", out var project, out var refusal))
        {
            return refusal;
        }

        if (project.Mode is not { } mode)
        {
            return SalesMessages.Violation("SUB-09", "sales.project_mode_not_set", new ErrorDetail("project", SalesProjectAggregate.StreamOf(c.Project).Value));
        }

        if (c.Customers is null || c.Customers.Count == 0)
        {
            return SalesMessages.Violation("CAN-01", "sales.customers_required");
        }

        if (c.Customers.Select(x => x.IdDocumentNumber).Distinct(StringComparer.Ordinal).Count() != c.Customers.Count)
        {
            return SalesMessages.Violation("CAN-01", "sales.customers_duplicated");
        }

        if (MoneyEntry.Check("price", c.Price, mayBeNegative: true) is { } price)
        {
            return price;
        }

        if (!c.Price.IsPositive)
        {
            return SalesMessages.Violation("SUB-04", "sales.price_not_positive", new ErrorDetail("price", c.Price));
        }

        return Decision<SubscriptionEvent>.Accept(new SubscriptionDrafted(c.Subscription, c.Project, mode, c.Unit, [.. c.Customers], c.Price, c.Specialist, context.Today));
    }

    private static Decision<SubscriptionEvent> Pay(RecordPayment c, SubscriptionState state, LocalDate today)
    {
        // SUB-02: on agency projects the developer collects; on underwriting projects the company cashier.
        var expected = SalesModeRules.CollectorFor(state.Mode);
        if (c.Collector != expected)
        {
            return SalesMessages.Violation("SUB-02", "sales.wrong_collector", new ErrorDetail("collector", c.Collector), new ErrorDetail("mode", state.Mode), new ErrorDetail("expected", expected));
        }

        if (c.CollectedBy == default)
        {
            return SalesMessages.Violation("SUB-02", "sales.collector_not_named");
        }

        if (c.NoticeNumber == default)
        {
            return SalesMessages.Violation("SUB-05", "sales.notice_number_required");
        }

        var number = c.NoticeNumber;
        if (state.Payments.Exists(p => p.Number == number))
        {
            return SalesMessages.Violation("SUB-05", "sales.notice_number_duplicate", new ErrorDetail("number", number));
        }

        if (MoneyEntry.Check("payment", c.Amount, mayBeNegative: true) is { } amount)
        {
            return amount;
        }

        if (!c.Amount.IsPositive || c.Amount.Currency != state.Price.Currency)
        {
            return SalesMessages.Violation("SUB-05", "sales.payment_amount_invalid", new ErrorDetail("amount", c.Amount), new ErrorDetail("currency", state.Price.Currency));
        }

        // SUB-05: one notice, two copies with the same number, amount and date.
        RemittanceNoticeCopy[] copies =
        [
            new(RemittanceCopyHolder.ProjectClerk, number, c.Amount, today),
            new(RemittanceCopyHolder.Cashier, number, c.Amount, today),
        ];
        var notice = new RemittanceNotice(number, state.Project, state.Id, today, c.Amount, c.Method, c.Collector, c.CollectedBy, copies);
        return Decision<SubscriptionEvent>.Accept(new PaymentReceived(notice));
    }

    private static Decision<SubscriptionEvent> Stamp(StampCopies c, LocalDate today)
    {
        // SUB-04: the three copies are stamped together; a partial stamping would leave copies that disagree.
        var stamped = c.Stamped ?? [];
        var missing = SubscriptionChecks.AllCopies.Where(copy => !stamped.Contains(copy))
            .Select(copy => SalesMessages.Requirement("sales.copy_not_stamped", new ErrorDetail("copy", copy)))
            .ToList();
        return missing.Count > 0
            ? SalesMessages.Missing("SUB-04", "sales.stamping_incomplete", missing)
            : Decision<SubscriptionEvent>.Accept(new SubscriptionStamped(today));
    }
}
