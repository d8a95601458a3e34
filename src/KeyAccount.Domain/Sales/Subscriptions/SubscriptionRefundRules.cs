using KeyAccount.Domain.Decisions;
using S = KeyAccount.Domain.Sales.Subscriptions.SubscriptionStatus;

namespace KeyAccount.Domain.Sales.Subscriptions;

/// <summary>
/// The refund rules of <see cref="SubscriptionDecider"/>: after a cancellation, and of what a unit change made
/// refundable (CAN-08), payable from the N-th working day after the approval at the place the sales mode sets (CAN-04,
/// CAN-05, CAN-06); after a return, once a registered contract
/// is deregistered (RET-03) and, on agency projects, the developer confirmed the refund notice (RET-04).
/// </summary>
internal static class SubscriptionRefundRules
{
    /// <summary>Decides the payment of the refund due.</summary>
    /// <param name="c">The command.</param>
    /// <param name="state">The state.</param>
    /// <param name="context">The time, calendar and policies.</param>
    /// <returns>The decision.</returns>
    public static Decision<SubscriptionEvent> Pay(PayRefund c, SubscriptionState state, DecisionContext context)
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

            var notConfirmed = SubscriptionChecks.Unconfirmed(state.Mode, c.RefundNotice, "refundNotice");
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

        // CAN-06 for a cancellation's refund notice; CAN-08 pays what a unit change made refundable on the same terms,
        // while the subscription goes on.
        var unconfirmed = SubscriptionChecks.Unconfirmed(state.Mode, c.RefundNotice, "refundNotice");
        if (unconfirmed.Count > 0)
        {
            return SalesMessages.Missing("CAN-06", "sales.developer_confirmation_missing", unconfirmed);
        }

        return state.DifferenceOutstanding
            ? Decision<SubscriptionEvent>.Accept(new DifferenceRefunded(state.RefundDue, c.Place, today))
            : Decision<SubscriptionEvent>.Accept(new RefundPaid(state.RefundDue, c.Place, today));
    }
}
