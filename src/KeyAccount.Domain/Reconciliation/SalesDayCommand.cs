using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales.Site;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>A command to a sales day (销售日): one site's business day of payments and remittance notices.</summary>
public abstract record SalesDayCommand;

/// <summary>Opens the sales day of a site.</summary>
/// <param name="Day">The day's identifier.</param>
/// <param name="Site">The sales site (案场), as its project.</param>
/// <param name="Date">The business date.</param>
/// <param name="SiteManager">The site manager (案场经理), who reconciles and signs off the day.</param>
public sealed record OpenSalesDay(SalesDayId Day, ProjectId Site, LocalDate Date, ActorId SiteManager) : SalesDayCommand;

/// <summary>Posts an entry (a payment or a notice copy) to the day; a late or corrected entry for a closed day names
/// the original (REC-04).</summary>
/// <param name="Reference">The notice number.</param>
/// <param name="Kind">What the entry records.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Corrects">The entry of another day that this one corrects or completes, if any.</param>
public sealed record PostEntry(long Reference, EntryKind Kind, Money Amount, EntryReference? Corrects = null) : SalesDayCommand;

/// <summary>Records the day's reconciliation report (REC-01, REC-02).</summary>
/// <param name="Date">The business date the report is for; it must be the day's.</param>
/// <param name="MatchedCount">The number of matched payments.</param>
/// <param name="Discrepancies">The discrepancies, in report order.</param>
public sealed record RecordReconciliation(LocalDate Date, int MatchedCount, IReadOnlyList<ReportedDiscrepancy> Discrepancies) : SalesDayCommand
{
    /// <summary>Creates the command from one site's part of a reconciler report.</summary>
    /// <param name="report">The site's reconciliation for the day.</param>
    /// <returns>The command.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static RecordReconciliation From(SiteDayReconciliation report)
    {
        System.ArgumentNullException.ThrowIfNull(report);
        return new(report.Date, report.MatchedCount, report.Discrepancies.Select(d => new ReportedDiscrepancy(d.Kind, d.Reference)).ToList());
    }
}

/// <summary>The site manager explains a discrepancy and signs the explanation off (REC-03).</summary>
/// <param name="Discrepancy">The discrepancy.</param>
/// <param name="Explanation">Why it happened and what was done.</param>
/// <param name="SignedOffBy">Who signs off; it must be the day's site manager.</param>
public sealed record ExplainDiscrepancy(ReportedDiscrepancy Discrepancy, string Explanation, ActorId SignedOffBy) : SalesDayCommand;

/// <summary>The site manager closes the day (REC-03).</summary>
/// <param name="By">Who closes; it must be the day's site manager.</param>
public sealed record CloseSalesDay(ActorId By) : SalesDayCommand;
