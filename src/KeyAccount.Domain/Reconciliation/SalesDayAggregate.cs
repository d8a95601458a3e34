using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Serialization;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>The sales-day (销售日) aggregate, guardian of REC-03, REC-04 and REC-06: its definition, event wire names and
/// stream naming.</summary>
public static class SalesDayAggregate
{
    /// <summary>Gets the definition.</summary>
    public static AggregateDefinition<SalesDayCommand, SalesDayEvent, SalesDayState, SalesDayStatus, SalesDayTrigger> Definition { get; } = new(
        "sales-day",
        SalesDayDecider.Instance,
        EventCatalog<SalesDayEvent>.Create()
            .Add("sales_day.opened.v2", ReconciliationJsonContext.Shared.SalesDayOpened)
            .Add("sales_day.payment_posted.v1", ReconciliationJsonContext.Shared.PaymentPosted)
            .Add("sales_day.notice_copy_posted.v1", ReconciliationJsonContext.Shared.NoticeCopyPosted)
            .Add("sales_day.reconciled.v2", ReconciliationJsonContext.Shared.SalesDayReconciled)
            .Add("sales_day.discrepancy_explained.v1", ReconciliationJsonContext.Shared.DiscrepancyExplained)
            .Add("sales_day.closed.v1", ReconciliationJsonContext.Shared.SalesDayClosed)
            .Build());

    /// <summary>Gets the stream a sales day's events are kept in.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The stream <c>sales-day-{id}</c>.</returns>
    public static StreamId StreamOf(SalesDayId day) => Definition.StreamOf(day);

    /// <summary>Gets the stream of a site's sales day for a business date, the day identified by
    /// <see cref="SalesDayId.Of"/>.</summary>
    /// <param name="site">The sales site, as its project.</param>
    /// <param name="date">The business date.</param>
    /// <returns>The day's stream.</returns>
    public static StreamId StreamOf(ProjectId site, LocalDate date) => StreamOf(SalesDayId.Of(site, date));
}
