using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// Payments into the sales day (SUB-05, REC-06, REC-04), declared as a process (GEN-12): every payment a subscription
/// receives posts its payment and the clerk's and the cashier's copies of its remittance notice to the site's sales day
/// for the notice's business date — the day <see cref="SalesDayId.Of"/> identifies, which the host opens with that
/// identifier. A day that is closed refuses an entry (REC-04, <c>sales_day.closed</c>); the entry then goes to the
/// site's next day, and on past closed days, to the first that is open, with <see cref="PostPayment.Corrects"/>
/// naming the day of the payment — never past the runner's business date (<see cref="DecisionContext.Today"/>). A
/// day not opened yet refuses with REC-04 too; that refusal is reported, and the entry is posted when the host has
/// opened the day and runs the event again (from an older checkpoint).
/// </summary>
public static class SalesDayPaymentProcess
{
    /// <summary>Gets the declaration; <c>docs/diagrams/processes/payments-into-sales-day.mmd</c> is drawn from it.</summary>
    public static ProcessDefinition<SubscriptionCommand, SubscriptionEvent, SubscriptionState> Definition { get; } =
        Process.Define("payments-into-sales-day", SubscriptionAggregate.Definition)
            .On<PaymentReceived>(r => r
                .SendOrRedirect(
                    SalesDayAggregate.Definition, Day, (e, _) => SalesDayPostings.PaymentOf(e.Notice), Closed,
                    (refusal, e, _, context, attempt) => Late(refusal, e, context, attempt, p => SalesDayPostings.PaymentOf(e.Notice) with { Corrects = p }),
                    "SUB-05", "REC-06", "REC-04")
                .SendOrRedirect(
                    SalesDayAggregate.Definition, Day, (e, _) => SalesDayPostings.CopyOf(e.Notice, NoticeCopy.Clerk), Closed,
                    (refusal, e, _, context, attempt) => Late(refusal, e, context, attempt, p => SalesDayPostings.CopyOf(e.Notice, NoticeCopy.Clerk) with { Corrects = p }),
                    "SUB-05", "REC-06", "REC-04")
                .SendOrRedirect(
                    SalesDayAggregate.Definition, Day, (e, _) => SalesDayPostings.CopyOf(e.Notice, NoticeCopy.Cashier), Closed,
                    (refusal, e, _, context, attempt) => Late(refusal, e, context, attempt, p => SalesDayPostings.CopyOf(e.Notice, NoticeCopy.Cashier) with { Corrects = p }),
                    "SUB-05", "REC-06", "REC-04"))
            .Build();

    private const string Closed = "REC-04 day closed: to the next open day";

    private static StreamId Day(PaymentReceived e, SubscriptionState s) => SalesDayAggregate.StreamOf(e.Notice.Project, e.Notice.BusinessDate);

    // REC-04: a closed day sends the entry on to the site's next day, naming the closed day of the payment; the walk stops
    // at the first day that is not closed (it takes the entry, or its refusal is reported) and never passes the run's
    // business date. Closed days stay closed, so a redelivery walks to the same day, which has the entry (GEN-03).
    private static (StreamId, T)? Late<T>(DomainError refusal, PaymentReceived e, DecisionContext context, int attempt, Func<EntryReference, T> late)
    {
        var notice = e.Notice;
        var next = notice.BusinessDate.PlusDays(attempt);
        if (refusal.RuleId.Value != "REC-04" || refusal.Code != "sales_day.closed" || next > context.Today)
        {
            return null;
        }

        return (SalesDayAggregate.StreamOf(notice.Project, next), late(new EntryReference(SalesDayId.Of(notice.Project, notice.BusinessDate), notice.Number)));
    }
}
