using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

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
}
