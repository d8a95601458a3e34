using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace KeyAccount.Domain.Fulfilment;

/// <summary>
/// On-time delivery in a period (DLV-04): the shipments that left in the period, on time or late, per contract, per
/// workshop and overall, with every late shipment. The management review hears it with the complaints (CMP-02,
/// <see cref="Quality.ManagementReviewSummary"/>). A pure query over fulfilments the host has replayed.
/// </summary>
/// <param name="Period">The period whose shipments are counted.</param>
/// <param name="Overall">Every shipment of the period.</param>
/// <param name="ByContract">Per contract with shipments in the period, by serial number.</param>
/// <param name="ByWorkshop">Per workshop with shipments in the period, stock first, then by name.</param>
/// <param name="LateShipments">The late shipments of the period, most days late first.</param>
public sealed record OnTimeDelivery(
    DateInterval Period,
    OnTimeRate Overall,
    IReadOnlyList<ContractOnTime> ByContract,
    IReadOnlyList<WorkshopOnTime> ByWorkshop,
    IReadOnlyList<LateShipment> LateShipments)
{
    /// <summary>Counts the shipments of a period. Pure: the same states give the same report, in a stable order.</summary>
    /// <param name="orders">The fulfilments; those not opened are ignored.</param>
    /// <param name="period">The period; a shipment counts when it left within it.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OnTimeDelivery Create(IEnumerable<FulfilmentOrderState> orders, DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(period);
        var shipped = orders
            .Where(o => o.IsOpened)
            .SelectMany(o => o.Shipments.Where(s => period.Contains(s.ShippedOn)).Select(s => (Order: o, Shipment: s)))
            .ToList();
        static OnTimeRate Rate(IEnumerable<Shipment> shipments)
        {
            var list = shipments.ToList();
            return new OnTimeRate(list.Count, list.Count(s => s.OnTime));
        }

        var byContract = shipped
            .GroupBy(x => x.Order.Order)
            .Select(g => (First: g.First().Order, Rate: Rate(g.Select(x => x.Shipment))))
            .Select(x => new ContractOnTime(x.First.Contract!.Review, x.First.Contract.SerialNumber, x.First.Account, x.Rate))
            .OrderBy(c => c.SerialNumber).ThenBy(c => c.Review.Value)
            .ToList();
        var byWorkshop = shipped
            .GroupBy(x => x.Shipment.Workshop, StringComparer.Ordinal)
            .Select(g => new WorkshopOnTime(g.Key, Rate(g.Select(x => x.Shipment))))
            .OrderBy(w => w.Workshop is not null).ThenBy(w => w.Workshop, StringComparer.Ordinal)
            .ToList();
        var late = shipped
            .Where(x => !x.Shipment.OnTime)
            .Select(x => new LateShipment(x.Order.Order, x.Order.Contract!.Review, x.Order.Account, x.Shipment.Number, x.Shipment.Line, x.Shipment.Workshop, x.Shipment.ShippedOn, x.Shipment.DaysLate))
            .OrderByDescending(l => l.DaysLate).ThenBy(l => l.Order.Value).ThenBy(l => l.Shipment)
            .ToList();
        return new OnTimeDelivery(period, Rate(shipped.Select(x => x.Shipment)), byContract, byWorkshop, late);
    }
}
