using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>Something that happened to a sales day.</summary>
[JsonDerivedType(typeof(SalesDayOpened), "sales_day.opened.v2")]
[JsonDerivedType(typeof(PaymentPosted), "sales_day.payment_posted.v1")]
[JsonDerivedType(typeof(NoticeCopyPosted), "sales_day.notice_copy_posted.v1")]
[JsonDerivedType(typeof(SalesDayReconciled), "sales_day.reconciled.v2")]
[JsonDerivedType(typeof(DiscrepancyExplained), "sales_day.discrepancy_explained.v1")]
[JsonDerivedType(typeof(SalesDayClosed), "sales_day.closed.v1")]
public abstract record SalesDayEvent;

/// <summary>The sales day of a site was opened.</summary>
/// <param name="Day">The day's identifier.</param>
/// <param name="Site">The sales site, as its project.</param>
/// <param name="Date">The business date.</param>
/// <param name="SiteManager">The site manager.</param>
/// <param name="Mode">How the site sells (SUB-02).</param>
public sealed record SalesDayOpened(SalesDayId Day, ProjectId Site, LocalDate Date, ActorId SiteManager, SalesMode Mode) : SalesDayEvent;

/// <summary>A payment was posted to the day (SUB-05); it was taken on the day's business date at the day's site.</summary>
/// <param name="Notice">The number of the remittance notice the payment was made against.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Channel">How the customer paid.</param>
/// <param name="Collector">Who took the money in.</param>
/// <param name="Corrects">The entry of another day it corrects or completes, if any (REC-04).</param>
public sealed record PaymentPosted(RemittanceNoticeNumber Notice, Money Amount, PaymentChannel Channel, Collector Collector, EntryReference? Corrects) : SalesDayEvent;

/// <summary>A copy of a remittance notice was posted to the day (SUB-05), as written.</summary>
/// <param name="Notice">The notice number on the copy.</param>
/// <param name="Copy">Which copy it is.</param>
/// <param name="BusinessDate">The business date on the copy.</param>
/// <param name="Amount">The amount on the copy.</param>
/// <param name="Corrects">The entry of another day it corrects or completes, if any (REC-04).</param>
public sealed record NoticeCopyPosted(RemittanceNoticeNumber Notice, NoticeCopy Copy, LocalDate BusinessDate, Money Amount, EntryReference? Corrects) : SalesDayEvent;

/// <summary>The day reconciled its posted entries with the package's <see cref="Reconciler"/> (REC-01, REC-02,
/// REC-06): the report's matched count and its discrepancies.</summary>
/// <param name="MatchedCount">The number of matched payments.</param>
/// <param name="Discrepancies">The discrepancies, in report order.</param>
public sealed record SalesDayReconciled(int MatchedCount, ImmutableArray<ReportedDiscrepancy> Discrepancies) : SalesDayEvent
{
    /// <inheritdoc />
    public bool Equals(SalesDayReconciled? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);

}

/// <summary>The site manager explained a discrepancy and signed it off (REC-03).</summary>
/// <param name="Discrepancy">The discrepancy.</param>
/// <param name="Explanation">The explanation.</param>
/// <param name="SignedOffBy">The site manager.</param>
public sealed record DiscrepancyExplained(ReportedDiscrepancy Discrepancy, string Explanation, ActorId SignedOffBy) : SalesDayEvent;

/// <summary>The day was closed (REC-03); from now on it is immutable (REC-04).</summary>
/// <param name="ClosedBy">The site manager.</param>
/// <param name="Balanced">Whether the day's last reconciliation found no discrepancy.</param>
public sealed record SalesDayClosed(ActorId ClosedBy, bool Balanced) : SalesDayEvent;
