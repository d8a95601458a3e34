using System;
using System.Linq;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// Turns a sales day's posted entries into the compact records of <see cref="Reconciler"/> (REC-06): the day is site
/// 0 with its sales mode; a payment is dated on the day, a notice copy on the date written on it; notice numbers are
/// their <see cref="RemittanceNoticeNumber.Value"/>.
/// </summary>
internal static class SalesDayRecords
{
    private const int Site = 0;

    /// <summary>Returns whether an amount and a date can enter the reconciler's records: a whole number of hundredths
    /// within the range of 64 bits, a date from year 1.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="date">The business date.</param>
    /// <returns>Whether both fit.</returns>
    internal static bool Fits(Money amount, LocalDate date)
    {
        var scaled = amount.Amount * 100m;
        return decimal.Truncate(scaled) == scaled && scaled is >= long.MinValue and <= long.MaxValue && date.Year >= 1;
    }

    /// <summary>Returns the first posted entry whose amount or date cannot enter the reconciler's records (only a
    /// history written elsewhere has one: the decider refuses such entries when they are posted).</summary>
    /// <param name="state">The day.</param>
    /// <returns>The entry's notice, amount and date, or null when every entry fits.</returns>
    internal static (RemittanceNoticeNumber Notice, Money Amount, LocalDate Date)? FirstUnfit(SalesDayState state) =>
        state.Payments.Select(p => (p.Notice, p.Amount, state.Date))
            .Concat(state.Copies.Select(c => (c.Notice, c.Amount, c.BusinessDate)))
            .Where(e => !Fits(e.Amount, e.Item3))
            .Select(e => ((RemittanceNoticeNumber, Money, LocalDate)?)e)
            .FirstOrDefault();

    /// <summary>Reconciles the day's entries on the calling thread.</summary>
    /// <param name="state">The day; every entry fits (<see cref="FirstUnfit"/> is null).</param>
    /// <returns>The report.</returns>
    /// <exception cref="OverflowException">A total exceeds the range of 64-bit minor units.</exception>
    internal static ReconciliationReport Reconcile(SalesDayState state)
    {
        var payments = state.Payments
            .Select(p => PaymentRecord.Create(p.Notice.Value, Site, state.Date, p.Amount, p.Channel, p.Collector))
            .ToArray();
        var clerk = Copies(state, NoticeCopy.Clerk);
        var cashier = Copies(state, NoticeCopy.Cashier);
        SalesMode[] modes = [state.Mode];
        return Reconciler.Reconcile(payments, clerk, cashier, modes, maxDegreeOfParallelism: 1);
    }

    private static RemittanceNoticeRecord[] Copies(SalesDayState state, NoticeCopy copy) =>
        [.. state.Copies.Where(c => c.Copy == copy).Select(c => RemittanceNoticeRecord.Create(c.Notice.Value, Site, c.BusinessDate, c.Amount))];
}
