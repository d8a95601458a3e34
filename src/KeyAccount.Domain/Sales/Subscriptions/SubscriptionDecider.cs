using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Inventory;
using NodaTime;
using S = KeyAccount.Domain.Sales.Subscriptions.SubscriptionStatus;
using T = KeyAccount.Domain.Sales.Subscriptions.SubscriptionTrigger;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// The subscription (认购书) decider: drafting, payments, stamping, signing, registration, cancellation with rename
/// and unit change (退定、更名、换房), return (退房) and refunds. It enforces SUB-02 … SUB-07, CAN-01 … CAN-07 and
/// RET-01 … RET-04; SUB-01 (one live subscription per unit) is enforced by <see cref="UnitDecider"/>, which the host
/// asks before drafting or changing unit and after a cancellation, unit change or return (see <c>docs/sales.md</c>).
/// </summary>
public sealed class SubscriptionDecider
    : IDecider<SubscriptionCommand, SubscriptionEvent, SubscriptionState>, ICommandProposer<SubscriptionCommand, SubscriptionState>
{
    private static readonly SubscriptionCopy[] AllCopies = [SubscriptionCopy.Customer, SubscriptionCopy.Company, SubscriptionCopy.Developer];
    private static readonly SalesDocument[] SubscriptionDocuments = [SalesDocument.SubscriptionCustomerCopy, SalesDocument.SubscriptionDeveloperCopy];
    private static readonly SalesDocument[] ContractDocuments = [.. SubscriptionDocuments, SalesDocument.PreSaleContract];

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static SubscriptionDecider Instance { get; } = new();

    /// <inheritdoc />
    public SubscriptionState Initial => SubscriptionState.Initial;

    /// <inheritdoc />
    public Decision<SubscriptionEvent> Decide(SubscriptionCommand command, SubscriptionState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);

        // SUB-03: the specialist accompanies the whole process, so no command goes through without one.
        if (command.Specialist == default)
        {
            return SalesMessages.Violation("SUB-03", "sales.specialist_required", new ErrorDetail("command", command.GetType().Name));
        }

        if (Guard(state.Status, TriggerOf(command, state)) is { } illegal)
        {
            return illegal;
        }

        var today = context.Today;
        return command switch
        {
            DraftSubscription c => Draft(c, today),
            RecordPayment c => Pay(c, state, today),
            StampCopies c => Stamp(c, today),
            SignNoticeTerms => state.NoticeTermsSigned ? Decision<SubscriptionEvent>.Accept() : Decision<SubscriptionEvent>.Accept(new SigningNoticeTermsSigned(today)),
            SignPreSaleContract c => string.IsNullOrWhiteSpace(c.ContractNumber)
                ? SalesMessages.Violation("SUB-07", "sales.contract_number_required")
                : Decision<SubscriptionEvent>.Accept(new PreSaleContractSigned(c.ContractNumber.Trim(), today)),
            RegisterPreSaleContract c => string.IsNullOrWhiteSpace(c.RegistrationNumber)
                ? SalesMessages.Violation("SUB-07", "sales.registration_number_required")
                : Decision<SubscriptionEvent>.Accept(new PreSaleContractRegistered(c.RegistrationNumber.Trim(), today)),
            RequestCancellation c => DecideRequestCancellation(c, state, today),
            RecordRetentionAttempt c => Retention(c, today),
            ApproveCancellation c => Approve(c, state, context),
            HandBackDocument c => HandBack(c, state),
            ReportDocumentLost c => ReportLost(c, state, today),
            CompleteCancellation => Complete(state, today),
            RequestReturn c => DecideRequestReturn(c, state, today),
            RecordDeregistration c => Deregister(c, state, today),
            CompleteReturn c => DecideCompleteReturn(c, state, today),
            PayRefund c => DecidePayRefund(c, state, context),
            _ => throw new ArgumentException($"{command.GetType().Name} is not a subscription command.", nameof(command)),
        };
    }

    /// <inheritdoc />
    public SubscriptionState Evolve(SubscriptionState state, SubscriptionEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(@event);
        return @event switch
        {
            SubscriptionDrafted e => state with
            {
                Status = S.Draft, Id = e.Subscription, Project = e.Project, Mode = e.Mode, Unit = e.Unit, Customers = [.. e.Customers],
                Price = e.Price, Specialist = e.Specialist, PaidIn = Primitives.Money.Zero(e.Price.Currency), RefundDue = Primitives.Money.Zero(e.Price.Currency),
                Forfeited = Primitives.Money.Zero(e.Price.Currency), CarriedOver = Primitives.Money.Zero(e.Price.Currency), Refunded = Primitives.Money.Zero(e.Price.Currency),
            },
            PaymentReceived e => state with { Payments = state.Payments.Add(e.Notice), PaidIn = state.PaidIn + e.Notice.Amount },
            SubscriptionStamped => state with { Status = S.Effective },
            SigningNoticeTermsSigned => state with { NoticeTermsSigned = true },
            PreSaleContractSigned e => state with { Status = S.Contracted, ContractNumber = e.ContractNumber },
            PreSaleContractRegistered => state with { Status = S.Registered, Registered = true },
            CancellationRequested e => state with
            {
                Status = S.CancellationRequested, PendingKind = e.Kind, PendingCustomers = [.. e.NewCustomers], PendingUnit = e.NewUnit,
                RetentionAttempted = false, HandedBack = [], Lost = [],
            },
            RetentionAttempted { Retained: true } => ClearPending(state) with { Status = S.Effective },
            RetentionAttempted => state with { RetentionAttempted = true },
            CancellationApproved e => state with
            {
                Status = S.CancellationApproved, ApprovedOn = e.ApprovedOn, RefundDue = e.RefundDue, Forfeited = e.Forfeited,
                RefundPayableFrom = e.RefundPayableFrom, RefundPlace = e.RefundPlace, StatutoryException = e.StatutoryException,
            },
            DocumentHandedBack e => state with { HandedBack = state.HandedBack.Add(e.Document) },
            DocumentLost e => state with { Lost = state.Lost.Add(e.Document) },
            SubscriptionCancelled => state with { Status = S.Cancelled },
            SubscriptionRenamed e => ClearPending(state) with { Status = S.Effective, Customers = [.. e.NewCustomers], CarriedOver = state.CarriedOver + e.CarriedOver },
            SubscriptionUnitChanged e => ClearPending(state) with { Status = S.Effective, Unit = e.NewUnit, CarriedOver = state.CarriedOver + e.CarriedOver },
            ReturnRequested => state with { Status = S.ReturnRequested, HandedBack = [], Lost = [] },
            ContractDeregistered => state with { Deregistered = true },
            PurchaseReturned e => state with { Status = S.Returned, RefundDue = e.RefundDue },
            RefundPaid e => state with { Status = S.Refunded, Refunded = state.Refunded + e.Amount },
            _ => throw new ArgumentException($"{@event.GetType().Name} is not a subscription event.", nameof(@event)),
        };
    }

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
        var outstanding = (state.Status == S.ReturnRequested ? ContractDocuments : SubscriptionDocuments)
            .Where(d => !state.HandedBack.Contains(d) && !state.Lost.Contains(d));
        return state.Status switch
        {
            S.Draft => [new StampCopies(specialist, AllCopies)],
            S.Effective => [
                new SignNoticeTerms(specialist),
                new RequestCancellation(specialist, CancellationKind.Cancellation, everyone, [], null),
            ],
            S.Contracted or S.Registered => [new RequestReturn(specialist, everyone)],
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
            S.Cancelled or S.Returned => [new PayRefund(specialist, SalesModeRules.RefundPlaceFor(state.Mode), null)],
            _ => [],
        };
    }

    private static SubscriptionState ClearPending(SubscriptionState state) =>
        state with { PendingKind = null, PendingCustomers = [], PendingUnit = null, RetentionAttempted = false, HandedBack = [], Lost = [] };

    internal static T TriggerOf(SubscriptionCommand command, SubscriptionState state) => command switch
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
        CompleteCancellation => state.PendingKind switch
        {
            CancellationKind.Rename => T.CompleteRename,
            CancellationKind.UnitChange => T.CompleteUnitChange,
            _ => T.CompleteCancellation,
        },
        RequestReturn => T.RequestReturn,
        RecordDeregistration => T.Deregister,
        CompleteReturn => T.CompleteReturn,
        PayRefund => T.PayRefund,
        _ => throw new ArgumentException($"{command.GetType().Name} is not a subscription command.", nameof(command)),
    };

    // An illegal move names the rule of the step attempted (the first guard of the trigger's rows), so a refused
    // signature on a draft says SUB-07 and a refund before cancellation says CAN-05.
    private static TransitionNotAllowed? Guard(S from, T trigger)
    {
        var table = SubscriptionLifecycle.Table;
        if (table.Allows(from, trigger))
        {
            return null;
        }

        var rule = table.Transitions.First(t => t.Trigger == trigger).Guards[0];
        return new TransitionNotAllowed(rule, table.Name, from, trigger);
    }

    private static Decision<SubscriptionEvent> Draft(DraftSubscription c, LocalDate today)
    {
        if (c.Customers is null || c.Customers.Count == 0)
        {
            return SalesMessages.Violation("CAN-01", "sales.customers_required");
        }

        if (c.Customers.Select(x => x.IdDocumentNumber).Distinct(StringComparer.Ordinal).Count() != c.Customers.Count)
        {
            return SalesMessages.Violation("CAN-01", "sales.customers_duplicated");
        }

        if (!c.Price.IsPositive)
        {
            return SalesMessages.Violation("SUB-04", "sales.price_not_positive", new ErrorDetail("price", c.Price));
        }

        return Decision<SubscriptionEvent>.Accept(new SubscriptionDrafted(c.Subscription, c.Project, c.Mode, c.Unit, [.. c.Customers], c.Price, c.Specialist, today));
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

        if (string.IsNullOrWhiteSpace(c.NoticeNumber))
        {
            return SalesMessages.Violation("SUB-05", "sales.notice_number_required");
        }

        var number = c.NoticeNumber.Trim();
        if (state.Payments.Exists(p => p.Number == number))
        {
            return SalesMessages.Violation("SUB-05", "sales.notice_number_duplicate", new ErrorDetail("number", number));
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
        var missing = AllCopies.Where(copy => !stamped.Contains(copy))
            .Select(copy => SalesMessages.Requirement("sales.copy_not_stamped", new ErrorDetail("copy", copy)))
            .ToList();
        return missing.Count > 0
            ? SalesMessages.Missing("SUB-04", "sales.stamping_incomplete", missing)
            : Decision<SubscriptionEvent>.Accept(new SubscriptionStamped(today));
    }

    private static List<MissingRequirement> Absent(IEnumerable<Customer> named, IReadOnlyCollection<string>? present)
    {
        var shown = new HashSet<string>((present ?? []).Select(p => p.Trim()), StringComparer.Ordinal);
        return named.Where(c => !shown.Contains(c.IdDocumentNumber))
            .Select(c => SalesMessages.Requirement("sales.customer_absent", new ErrorDetail("name", c.Name), new ErrorDetail("idDocumentNumber", c.IdDocumentNumber)))
            .ToList();
    }

    private static Decision<SubscriptionEvent> DecideRequestCancellation(RequestCancellation c, SubscriptionState state, LocalDate today)
    {
        // CAN-01: everyone named on the subscription comes in person with an ID document.
        var absent = Absent(state.Customers, c.PresentWithId);
        if (absent.Count > 0)
        {
            return SalesMessages.Missing("CAN-01", "sales.customers_absent", absent);
        }

        var newCustomers = c.NewCustomers ?? [];
        switch (c.Kind)
        {
            case CancellationKind.Rename when newCustomers.Count == 0:
                return SalesMessages.Violation("CAN-07", "sales.rename_needs_customers");
            case CancellationKind.Rename when newCustomers.Select(x => x.IdDocumentNumber).Distinct(StringComparer.Ordinal).Count() != newCustomers.Count:
                return SalesMessages.Violation("CAN-07", "sales.customers_duplicated");
            case CancellationKind.UnitChange when c.NewUnit is null || c.NewUnit == state.Unit:
                return SalesMessages.Violation("CAN-07", "sales.unit_change_needs_unit");
            case CancellationKind.Cancellation or CancellationKind.Rename or CancellationKind.UnitChange:
                break;
            default:
                return SalesMessages.Violation("CAN-07", "sales.unknown_cancellation_kind", new ErrorDetail("kind", c.Kind));
        }

        return Decision<SubscriptionEvent>.Accept(new CancellationRequested(
            c.Kind,
            c.Kind == CancellationKind.Rename ? [.. newCustomers] : [],
            c.Kind == CancellationKind.UnitChange ? c.NewUnit : null,
            today));
    }

    private static Decision<SubscriptionEvent> Retention(RecordRetentionAttempt c, LocalDate today)
    {
        // CAN-03: the attempt is made together with the site manager and the certificate officer.
        var missing = new List<MissingRequirement>();
        if (c.SiteManager == default)
        {
            missing.Add(SalesMessages.Requirement("sales.site_manager_not_named"));
        }

        if (c.CertificateOfficer == default)
        {
            missing.Add(SalesMessages.Requirement("sales.certificate_officer_not_named"));
        }

        return missing.Count > 0
            ? SalesMessages.Missing("CAN-03", "sales.retention_incomplete", missing)
            : Decision<SubscriptionEvent>.Accept(new RetentionAttempted(c.SiteManager, c.CertificateOfficer, c.Retained, today));
    }

    private static List<MissingRequirement> Unconfirmed(SalesMode mode, DeveloperConfirmation? confirmation, string document)
    {
        var missing = new List<MissingRequirement>();
        if (mode != SalesMode.Agency)
        {
            return missing;
        }

        if (confirmation is null || !confirmation.HasSignature || confirmation.Agent == default)
        {
            missing.Add(SalesMessages.Requirement("sales.developer_signature_missing", new ErrorDetail("document", document)));
        }

        if (confirmation is null || !confirmation.HasStamp)
        {
            missing.Add(SalesMessages.Requirement("sales.developer_stamp_missing", new ErrorDetail("document", document)));
        }

        return missing;
    }

    private static Decision<SubscriptionEvent> Approve(ApproveCancellation c, SubscriptionState state, DecisionContext context)
    {
        if (!state.RetentionAttempted)
        {
            return SalesMessages.Violation("CAN-03", "sales.retention_not_attempted");
        }

        var unconfirmed = Unconfirmed(state.Mode, c.Application, "application");
        if (unconfirmed.Count > 0)
        {
            return SalesMessages.Missing("CAN-06", "sales.developer_confirmation_missing", unconfirmed);
        }

        var today = context.Today;
        var zero = Primitives.Money.Zero(state.PaidIn.Currency);
        var place = SalesModeRules.RefundPlaceFor(state.Mode);
        var exception = string.IsNullOrWhiteSpace(c.StatutoryException) ? null : c.StatutoryException.Trim();
        if (state.PendingKind != CancellationKind.Cancellation)
        {
            // CAN-07: a rename or unit change refunds nothing; the payments carry over on completion.
            return Decision<SubscriptionEvent>.Accept(new CancellationApproved(state.PendingKind!.Value, today, zero, zero, null, place, null));
        }

        // CAN-04: signed signing-notice terms forfeit the payments, unless the host records the statutory exception
        // that requires them back; the exception is kept on the event, never applied silently.
        var forfeit = state.NoticeTermsSigned && exception is null;
        var due = forfeit ? zero : state.PaidIn;
        LocalDate? payableFrom = due.IsPositive
            ? context.Calendar.AddWorkingDays(today, context.Policy<RefundWaitingPolicy>().WorkingDays)
            : null;
        return Decision<SubscriptionEvent>.Accept(new CancellationApproved(
            CancellationKind.Cancellation, today, due, forfeit ? state.PaidIn : zero, payableFrom, place, state.NoticeTermsSigned ? exception : null));
    }

    private static Decision<SubscriptionEvent> HandBack(HandBackDocument c, SubscriptionState state)
    {
        var rule = state.Status == S.ReturnRequested ? "RET-02" : "CAN-02";
        if (c.Document == SalesDocument.PreSaleContract && state.ContractNumber is null)
        {
            return SalesMessages.Violation(rule, "sales.document_not_issued", new ErrorDetail("document", c.Document));
        }

        return state.HandedBack.Contains(c.Document)
            ? Decision<SubscriptionEvent>.Accept()
            : Decision<SubscriptionEvent>.Accept(new DocumentHandedBack(c.Document));
    }

    private static Decision<SubscriptionEvent> ReportLost(ReportDocumentLost c, SubscriptionState state, LocalDate today)
    {
        var rule = state.Status == S.ReturnRequested ? "RET-02" : "CAN-02";
        if (c.Document == SalesDocument.PreSaleContract && state.ContractNumber is null)
        {
            return SalesMessages.Violation(rule, "sales.document_not_issued", new ErrorDetail("document", c.Document));
        }

        if (state.HandedBack.Contains(c.Document))
        {
            return SalesMessages.Violation(rule, "sales.document_already_returned", new ErrorDetail("document", c.Document));
        }

        // CAN-02 / RET-02: a loss is an incident on record, with what happened, never a silent gap.
        return string.IsNullOrWhiteSpace(c.Circumstances)
            ? SalesMessages.Violation(rule, "sales.loss_circumstances_required", new ErrorDetail("document", c.Document))
            : Decision<SubscriptionEvent>.Accept(new DocumentLost(c.Document, c.Circumstances.Trim(), today));
    }

    private static List<MissingRequirement> Outstanding(SubscriptionState state, IEnumerable<SalesDocument> required) =>
        required.Where(d => !state.HandedBack.Contains(d) && !state.Lost.Contains(d))
            .Select(d => SalesMessages.Requirement("sales.document_outstanding", new ErrorDetail("document", d)))
            .ToList();

    private static Decision<SubscriptionEvent> Complete(SubscriptionState state, LocalDate today)
    {
        // CAN-02: every voided copy is back (or its loss is on record) before anything completes.
        var outstanding = Outstanding(state, SubscriptionDocuments);
        if (outstanding.Count > 0)
        {
            return SalesMessages.Missing("CAN-02", "sales.documents_outstanding", outstanding);
        }

        return state.PendingKind switch
        {
            CancellationKind.Rename => Decision<SubscriptionEvent>.Accept(new SubscriptionRenamed([.. state.Customers], [.. state.PendingCustomers], state.PaidIn)),
            CancellationKind.UnitChange => Decision<SubscriptionEvent>.Accept(new SubscriptionUnitChanged(state.Unit, state.PendingUnit!.Value, state.PaidIn)),
            _ => Decision<SubscriptionEvent>.Accept(new SubscriptionCancelled(state.Unit, today)),
        };
    }

    private static Decision<SubscriptionEvent> DecideRequestReturn(RequestReturn c, SubscriptionState state, LocalDate today)
    {
        // RET-01: everyone named on the pre-sale contract comes in person with an ID document.
        var absent = Absent(state.Customers, c.PresentWithId);
        return absent.Count > 0
            ? SalesMessages.Missing("RET-01", "sales.customers_absent", absent)
            : Decision<SubscriptionEvent>.Accept(new ReturnRequested(today));
    }

    private static Decision<SubscriptionEvent> Deregister(RecordDeregistration c, SubscriptionState state, LocalDate today)
    {
        if (!state.Registered)
        {
            return SalesMessages.Violation("RET-03", "sales.not_registered");
        }

        if (string.IsNullOrWhiteSpace(c.Reference))
        {
            return SalesMessages.Violation("RET-03", "sales.deregistration_reference_required");
        }

        return state.Deregistered
            ? Decision<SubscriptionEvent>.Accept()
            : Decision<SubscriptionEvent>.Accept(new ContractDeregistered(c.Reference.Trim(), today));
    }

    private static Decision<SubscriptionEvent> DecideCompleteReturn(CompleteReturn c, SubscriptionState state, LocalDate today)
    {
        var outstanding = Outstanding(state, ContractDocuments);
        if (outstanding.Count > 0)
        {
            return SalesMessages.Missing("RET-02", "sales.documents_outstanding", outstanding);
        }

        var unconfirmed = Unconfirmed(state.Mode, c.Application, "application");
        return unconfirmed.Count > 0
            ? SalesMessages.Missing("RET-04", "sales.developer_confirmation_missing", unconfirmed)
            : Decision<SubscriptionEvent>.Accept(new PurchaseReturned(state.Unit, state.PaidIn, today));
    }

    private static Decision<SubscriptionEvent> DecidePayRefund(PayRefund c, SubscriptionState state, DecisionContext context)
    {
        var today = context.Today;
        var returned = state.Status == S.Returned;
        if (!state.RefundDue.IsPositive)
        {
            return state.NoticeTermsSigned && !returned
                ? SalesMessages.Violation("CAN-04", "sales.no_refund_terms_signed")
                : SalesMessages.Violation(returned ? "RET-03" : "CAN-05", "sales.nothing_to_refund");
        }

        if (returned)
        {
            // RET-03: a registered contract is deregistered at the transaction centre before any money goes back.
            if (state.Registered && !state.Deregistered)
            {
                return SalesMessages.Violation("RET-03", "sales.deregistration_required");
            }

            var notConfirmed = Unconfirmed(state.Mode, c.RefundNotice, "refundNotice");
            return notConfirmed.Count > 0
                ? SalesMessages.Missing("RET-04", "sales.developer_confirmation_missing", notConfirmed)
                : Decision<SubscriptionEvent>.Accept(new RefundPaid(state.RefundDue, c.Place, today));
        }

        // CAN-05: payable from the N-th working day after the approval day, at the place the sales mode sets.
        if (state.RefundPayableFrom is { } earliest && today < earliest)
        {
            return new RefundNotYetDue(earliest, state.ApprovedOn!.Value, context.Calendar.WorkingDaysBetween(state.ApprovedOn.Value, earliest));
        }

        var place = SalesModeRules.RefundPlaceFor(state.Mode);
        if (c.Place != place)
        {
            return SalesMessages.Violation("CAN-05", "sales.wrong_refund_place", new ErrorDetail("place", c.Place), new ErrorDetail("expected", place));
        }

        var unconfirmed = Unconfirmed(state.Mode, c.RefundNotice, "refundNotice");
        return unconfirmed.Count > 0
            ? SalesMessages.Missing("CAN-06", "sales.developer_confirmation_missing", unconfirmed)
            : Decision<SubscriptionEvent>.Accept(new RefundPaid(state.RefundDue, c.Place, today));
    }
}
