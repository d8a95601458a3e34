using System;
using System.Collections.Generic;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// The convenient way to feed <see cref="Reconciler"/>: add sites, payments and notice copies with domain values
/// (dates, money), then reconcile. Records are stored compactly as they are added.
/// </summary>
/// <remarks>Not thread-safe. A batch can be reconciled several times and added to in between.</remarks>
public sealed class ReconciliationBatch
{
    private readonly List<SalesMode> sites = [];
    private readonly List<PaymentRecord> payments = [];
    private readonly List<RemittanceNoticeRecord> clerkCopies = [];
    private readonly List<RemittanceNoticeRecord> cashierCopies = [];

    /// <summary>Gets the number of payments added.</summary>
    public int PaymentCount => payments.Count;

    /// <summary>Adds a site and returns its index, which payments and notices use.</summary>
    /// <param name="mode">How the site sells, which decides who collects (SUB-02).</param>
    /// <returns>The site's index: 0 for the first site, then 1, 2…</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public int AddSite(SalesMode mode)
    {
        Preconditions.CheckArgumentRange(Enum.IsDefined(mode), nameof(mode), mode, "Unknown sales mode.");
        sites.Add(mode);
        return sites.Count - 1;
    }

    /// <summary>Adds a payment.</summary>
    /// <param name="reference">The number of the remittance notice it was made against.</param>
    /// <param name="site">The site's index from <see cref="AddSite"/>.</param>
    /// <param name="date">The business date.</param>
    /// <param name="amount">The amount; at most two decimal places.</param>
    /// <param name="channel">How the customer paid.</param>
    /// <param name="collector">Who took the money in.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has more than two decimal places or no currency.</exception>
    public ReconciliationBatch AddPayment(long reference, int site, LocalDate date, Money amount, PaymentChannel channel, Collector collector)
    {
        payments.Add(PaymentRecord.Create(reference, site, date, amount, channel, collector));
        return this;
    }

    /// <summary>Adds the project clerk's copy of a remittance notice.</summary>
    /// <param name="number">The notice number.</param>
    /// <param name="site">The site's index.</param>
    /// <param name="date">The business date.</param>
    /// <param name="amount">The amount; at most two decimal places.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has more than two decimal places or no currency.</exception>
    public ReconciliationBatch AddClerkCopy(long number, int site, LocalDate date, Money amount)
    {
        clerkCopies.Add(RemittanceNoticeRecord.Create(number, site, date, amount));
        return this;
    }

    /// <summary>Adds the cashier's copy of a remittance notice.</summary>
    /// <param name="number">The notice number.</param>
    /// <param name="site">The site's index.</param>
    /// <param name="date">The business date.</param>
    /// <param name="amount">The amount; at most two decimal places.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has more than two decimal places or no currency.</exception>
    public ReconciliationBatch AddCashierCopy(long number, int site, LocalDate date, Money amount)
    {
        cashierCopies.Add(RemittanceNoticeRecord.Create(number, site, date, amount));
        return this;
    }

    /// <summary>Adds both copies of a remittance notice with the same content, as written.</summary>
    /// <param name="number">The notice number.</param>
    /// <param name="site">The site's index.</param>
    /// <param name="date">The business date.</param>
    /// <param name="amount">The amount; at most two decimal places.</param>
    /// <returns>This batch.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has more than two decimal places or no currency.</exception>
    public ReconciliationBatch AddNotice(long number, int site, LocalDate date, Money amount) =>
        AddClerkCopy(number, site, date, amount).AddCashierCopy(number, site, date, amount);

    /// <summary>Reconciles everything added so far.</summary>
    /// <param name="maxDegreeOfParallelism">The most cores to use; 0 for all of them.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A record names a site that was not added.</exception>
    public ReconciliationReport Reconcile(int maxDegreeOfParallelism = 0) =>
        Reconciler.Reconcile(
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(payments),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(clerkCopies),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cashierCopies),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sites),
            maxDegreeOfParallelism);
}
