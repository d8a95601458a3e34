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
    public static AggregateDefinition<SalesDayCommand, SalesDayEvent, SalesDayState, SalesDayStatus> Definition { get; } = AggregateDefinition.Of(
        "sales-day",
        SalesDayDecider.Instance,
        EventCatalog<SalesDayEvent>.FromDerivedTypes(ReconciliationJsonContext.Shared));

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
