using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Domain.Tests.Reconciliation;

/// <summary>The report a sales day should record, computed without the day: its entries fed to a
/// <see cref="ReconciliationBatch"/> as the records SUB-05 produces, and the batch reconciled.</summary>
internal static class SalesDayReports
{
    public static SalesDayReconciled Expected(OpenSalesDay day, IEnumerable<SalesDayCommand> entries)
    {
        var batch = new ReconciliationBatch();
        var site = batch.AddSite(day.Mode);
        foreach (var entry in entries)
        {
            _ = entry switch
            {
                PostPayment p => batch.AddPayment(p.Notice.Value, site, day.Date, p.Amount, p.Channel, p.Collector),
                PostNoticeCopy { Copy: NoticeCopy.Clerk } c => batch.AddClerkCopy(c.Notice.Value, site, c.BusinessDate, c.Amount),
                PostNoticeCopy c => batch.AddCashierCopy(c.Notice.Value, site, c.BusinessDate, c.Amount),
                _ => batch,
            };
        }

        var report = batch.Reconcile();
        ImmutableArray<ReportedDiscrepancy> discrepancies =
            [.. report.Days.SelectMany(d => d.Discrepancies).Select(d => new ReportedDiscrepancy(d.Kind, RemittanceNoticeNumber.From(d.Reference)))];
        return new SalesDayReconciled((int)report.MatchedCount, discrepancies);
    }
}
