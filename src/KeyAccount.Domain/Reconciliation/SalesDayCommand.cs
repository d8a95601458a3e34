using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Sales;
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
/// <param name="Mode">How the site sells, which decides who collects its payments (SUB-02) when the day is reconciled.</param>
public sealed record OpenSalesDay(SalesDayId Day, ProjectId Site, LocalDate Date, ActorId SiteManager, SalesMode Mode) : SalesDayCommand;

/// <summary>Posts a payment taken at the site on the day (SUB-05); a late or corrected payment for a closed day names
/// the original (REC-04).</summary>
/// <param name="Notice">The number of the remittance notice the payment was made against.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Channel">How the customer paid.</param>
/// <param name="Collector">Who took the money in.</param>
/// <param name="Corrects">The entry of another day that this one corrects or completes, if any.</param>
public sealed record PostPayment(RemittanceNoticeNumber Notice, Money Amount, PaymentChannel Channel, Collector Collector, EntryReference? Corrects = null) : SalesDayCommand;

/// <summary>Posts a copy of a remittance notice as written (SUB-05): the project clerk's or the cashier's; a late or
/// corrected copy for a closed day names the original (REC-04).</summary>
/// <param name="Notice">The notice number on the copy.</param>
/// <param name="Copy">Which copy it is.</param>
/// <param name="BusinessDate">The business date written on the copy; a date other than the day's is reported as a
/// discrepancy when the day is reconciled.</param>
/// <param name="Amount">The amount on the copy.</param>
/// <param name="Corrects">The entry of another day that this one corrects or completes, if any.</param>
public sealed record PostNoticeCopy(RemittanceNoticeNumber Notice, NoticeCopy Copy, LocalDate BusinessDate, Money Amount, EntryReference? Corrects = null) : SalesDayCommand;

/// <summary>Reconciles the day's posted payments against the posted notice copies with the package's
/// <see cref="Reconciler"/> and records the report (REC-01, REC-02, REC-06). The command carries nothing: the report
/// is computed from the day's own entries.</summary>
public sealed record ReconcileSalesDay : SalesDayCommand;

/// <summary>The site manager explains a discrepancy and signs the explanation off (REC-03).</summary>
/// <param name="Discrepancy">The discrepancy.</param>
/// <param name="Explanation">Why it happened and what was done.</param>
/// <param name="SignedOffBy">Who signs off; it must be the day's site manager.</param>
public sealed record ExplainDiscrepancy(ReportedDiscrepancy Discrepancy, string Explanation, ActorId SignedOffBy) : SalesDayCommand;

/// <summary>The site manager closes the day (REC-03).</summary>
/// <param name="By">Who closes; it must be the day's site manager.</param>
public sealed record CloseSalesDay(ActorId By) : SalesDayCommand;
