using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// The rules of a cancellation, rename or unit change (退定、更名、换房) of <see cref="SubscriptionDecider"/>: the
/// application with everyone present (CAN-01, CAN-07), the retention attempt (CAN-03), the approval that fixes the
/// refund (CAN-04, CAN-05, CAN-06) and the completion once the documents are back (CAN-02); a unit change re-prices the
/// subscription at the new unit's price (CAN-08).
/// </summary>
internal static class SubscriptionCancellationRules
{
    /// <summary>Decides an application.</summary>
    /// <param name="c">The command.</param>
    /// <param name="state">The state.</param>
    /// <param name="today">The business date.</param>
    /// <returns>The decision.</returns>
    public static Decision<SubscriptionEvent> Request(RequestCancellation c, SubscriptionState state, LocalDate today)
    {
        if (c.Request is null)
        {
            throw new ArgumentException("A cancellation request says what it asks for.", nameof(c));
        }

        // CAN-01: everyone named on the subscription comes in person with an ID document.
        var absent = SubscriptionChecks.Absent(state.Customers, c.PresentWithId);
        if (absent.Count > 0)
        {
            return SalesMessages.Missing("CAN-01", "sales.customers_absent", absent);
        }

        switch (c.Request)
        {
            case CancellationRequest.Rename r when r.NewCustomers.Select(x => x.IdDocumentNumber).Distinct(StringComparer.Ordinal).Count() != r.NewCustomers.Count:
                return SalesMessages.Violation("CAN-07", "sales.customers_duplicated");
            case CancellationRequest.ChangeUnit u when u.NewUnit == state.Unit:
                return SalesMessages.Violation("CAN-07", "sales.unit_change_needs_unit");
            case CancellationRequest.ChangeUnit u when MoneyEntry.Check("newPrice", u.NewPrice, mayBeNegative: true) is { } digits:
                return digits;
            case CancellationRequest.ChangeUnit u when !u.NewPrice.IsPositive || u.NewPrice.Currency != state.Price.Currency:
                // CAN-08: the subscription is re-priced at the new unit's price, so the price is one it can hold.
                return SalesMessages.Violation("CAN-08", "sales.new_price_invalid", new ErrorDetail("price", u.NewPrice), new ErrorDetail("currency", state.Price.Currency));
        }

        // The event keeps the request's flat fields on the wire.
        var change = c.Request as CancellationRequest.ChangeUnit;
        return Decision<SubscriptionEvent>.Accept(new CancellationRequested(
            c.Request.Kind,
            c.Request is CancellationRequest.Rename rename ? [.. rename.NewCustomers] : [],
            change?.NewUnit,
            change?.NewPrice,
            today));
    }

    /// <summary>Decides a retention attempt (CAN-03).</summary>
    /// <param name="c">The command.</param>
    /// <param name="today">The business date.</param>
    /// <returns>The decision.</returns>
    public static Decision<SubscriptionEvent> Retention(RecordRetentionAttempt c, LocalDate today)
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

    /// <summary>Decides the approval, fixing the refund due and when it is payable.</summary>
    /// <param name="c">The command.</param>
    /// <param name="state">The state.</param>
    /// <param name="context">The time, calendar and policies.</param>
    /// <returns>The decision.</returns>
    public static Decision<SubscriptionEvent> Approve(ApproveCancellation c, SubscriptionState state, DecisionContext context)
    {
        var request = Pending(state);
        if (!state.RetentionAttempted)
        {
            return SalesMessages.Violation("CAN-03", "sales.retention_not_attempted");
        }

        var unconfirmed = SubscriptionChecks.Unconfirmed(state.Mode, c.Application, "application");
        if (unconfirmed.Count > 0)
        {
            return SalesMessages.Missing("CAN-06", "sales.developer_confirmation_missing", unconfirmed);
        }

        var today = context.Today;
        var zero = Money.Zero(state.PaidIn.Currency);
        var place = SalesModeRules.RefundPlaceFor(state.Mode);
        var exception = string.IsNullOrWhiteSpace(c.StatutoryException) ? null : c.StatutoryException.Trim();
        LocalDate? PayableFrom(Money due) =>
            due.IsPositive ? context.Calendar.AddWorkingDays(today, context.Policy<RefundWaitingPolicy>().WorkingDays) : null;
        switch (request)
        {
            case CancellationRequest.Rename:
                // CAN-07: a rename refunds nothing; the payments carry over on completion, and a refund an earlier unit
                // change made due stays due as it was.
                return Decision<SubscriptionEvent>.Accept(new CancellationApproved(request.Kind, today, state.RefundDue, zero, state.RefundPayableFrom, place, null));
            case CancellationRequest.ChangeUnit change:
                // CAN-08: what was paid beyond the new unit's price is refunded on CAN-05's calendar and place.
                var refundable = Surplus(state.NetPaid, change.NewPrice);
                return Decision<SubscriptionEvent>.Accept(new CancellationApproved(request.Kind, today, refundable, zero, PayableFrom(refundable), place, null));
        }

        // CAN-04: signed signing-notice terms forfeit the payments, unless the host records the statutory exception
        // that requires them back; the exception is kept on the event, never applied silently.
        var forfeit = state.NoticeTermsSigned && exception is null;
        var due = forfeit ? zero : state.NetPaid;
        return Decision<SubscriptionEvent>.Accept(new CancellationApproved(
            CancellationKind.Cancellation, today, due, forfeit ? state.NetPaid : zero, PayableFrom(due), place, state.NoticeTermsSigned ? exception : null));
    }

    /// <summary>Decides the completion of the approved application (CAN-02, CAN-07).</summary>
    /// <param name="state">The state.</param>
    /// <param name="today">The business date.</param>
    /// <returns>The decision.</returns>
    public static Decision<SubscriptionEvent> Complete(SubscriptionState state, LocalDate today)
    {
        var request = Pending(state);

        // CAN-02: every voided copy is back (or its loss is on record) before anything completes.
        var outstanding = SubscriptionChecks.Outstanding(state, SubscriptionChecks.SubscriptionDocuments);
        if (outstanding.Count > 0)
        {
            return SalesMessages.Missing("CAN-02", "sales.documents_outstanding", outstanding);
        }

        return request switch
        {
            CancellationRequest.Rename r => Decision<SubscriptionEvent>.Accept(new SubscriptionRenamed([.. state.Customers], [.. r.NewCustomers], state.NetPaid)),
            CancellationRequest.ChangeUnit u => Decision<SubscriptionEvent>.Accept(new SubscriptionUnitChanged(
                state.Unit, u.NewUnit, state.NetPaid, state.Price, u.NewPrice, Surplus(u.NewPrice, state.NetPaid), Surplus(state.NetPaid, u.NewPrice))),
            _ => Decision<SubscriptionEvent>.Accept(new SubscriptionCancelled(state.Unit, today)),
        };
    }

    // What one amount exceeds the other by, or zero (CAN-08: the refundable part when the first is what was paid, the
    // payable part when it is the new price).
    private static Money Surplus(Money amount, Money over) => amount > over ? amount - over : Money.Zero(amount.Currency);

    // The table lets approval and completion fire only while an application is open, and an application always
    // records its request.
    private static CancellationRequest Pending(SubscriptionState state) =>
        state.PendingRequest ?? throw new InvalidOperationException($"A subscription in {state.Status} has no open application.");
}
