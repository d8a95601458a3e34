using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Reconciliation;

namespace KeyAccount.Cli.Registries;

/// <summary>The event streams the <c>validate</c> command can check, one line per aggregate: the family's
/// serializer, decider, lifecycle table and how to read the status from a state.</summary>
internal static class EventStreamRegistry
{
    /// <summary>Gets every registered aggregate, ordered by name.</summary>
    public static IReadOnlyList<IEventStreamValidator> All { get; } = new IEventStreamValidator[]
    {
        new EventStreamValidator<SalesDayCommand, SalesDayEvent, SalesDayState, SalesDayStatus, SalesDayTrigger>(
            "sales-day", SalesDayEvent.Serializer, new SalesDayDecider(), SalesDayLifecycle.Table, s => s.Status, SalesDayTriggers.Of),
    }.OrderBy(v => v.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Finds an aggregate by name.</summary>
    /// <param name="name">The name, e.g. <c>sales-day</c>.</param>
    /// <returns>The validator, or null.</returns>
    public static IEventStreamValidator? Find(string name) => All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the aggregate whose catalogue knows an event type name.</summary>
    /// <param name="wireName">The <c>type</c> of an envelope, e.g. <c>sales_day.opened.v1</c>.</param>
    /// <returns>The validator, or null.</returns>
    public static IEventStreamValidator? ForEventType(string wireName) => All.FirstOrDefault(v => v.Knows(wireName));

    /// <summary>The lifecycle trigger each sales-day event records; the opening event creates the day and fires none.</summary>
    private static class SalesDayTriggers
    {
        public static SalesDayTrigger? Of(SalesDayEvent e) => e switch
        {
            EntryPosted => SalesDayTrigger.PostEntry,
            SalesDayReconciled => SalesDayTrigger.Reconcile,
            DiscrepancyExplained => SalesDayTrigger.ExplainDiscrepancy,
            SalesDayClosed => SalesDayTrigger.Close,
            _ => null,
        };
    }
}
