using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Sales.Subscriptions;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>Turns the records a subscription's payment produces (SUB-05: the payment and the project clerk's and the
/// cashier's copies of its remittance notice) into the commands that post them to the site's sales day (REC-06).</summary>
public static class SalesDayPostings
{
    /// <summary>Returns the commands posting a remittance notice to a sales day: the payment, then each copy.</summary>
    /// <param name="notice">The notice of a <see cref="PaymentReceived"/>.</param>
    /// <returns>A <see cref="PostPayment"/> and one <see cref="PostNoticeCopy"/> per copy, in the notice's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> is null.</exception>
    public static IReadOnlyList<SalesDayCommand> Of(RemittanceNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var commands = new List<SalesDayCommand> { PaymentOf(notice) };
        foreach (var copy in notice.Copies)
        {
            commands.Add(CopyOf(copy));
        }

        return commands;
    }

    /// <summary>The posting of a notice's payment.</summary>
    internal static PostPayment PaymentOf(RemittanceNotice notice) =>
        new(notice.Number, notice.Amount, ChannelOf(notice.Method), CollectorOf(notice.Collector));

    /// <summary>The posting of a notice's copy kept by one holder, as written.</summary>
    internal static PostNoticeCopy CopyOf(RemittanceNotice notice, NoticeCopy copy) =>
        CopyOf(notice.Copies.Single(c => NoticeCopyOf(c.Holder) == copy));

    private static PostNoticeCopy CopyOf(RemittanceNoticeCopy copy) =>
        new(copy.Number, NoticeCopyOf(copy.Holder), copy.BusinessDate, copy.Amount);

    private static NoticeCopy NoticeCopyOf(RemittanceCopyHolder holder) =>
        holder == RemittanceCopyHolder.ProjectClerk ? NoticeCopy.Clerk : NoticeCopy.Cashier;

    private static PaymentChannel ChannelOf(PaymentMethod method) => method switch
    {
        PaymentMethod.Cash => PaymentChannel.Cash,
        PaymentMethod.Card => PaymentChannel.BankCard,
        PaymentMethod.Transfer => PaymentChannel.BankTransfer,
        PaymentMethod.Cheque => PaymentChannel.Cheque,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a payment method."),
    };

    private static Collector CollectorOf(PaymentCollector collector) =>
        collector == PaymentCollector.Developer ? Collector.Developer : Collector.CompanyCashier;
}
