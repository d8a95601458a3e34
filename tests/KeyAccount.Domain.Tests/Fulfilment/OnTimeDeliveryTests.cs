using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Testing.Generators.Fulfilment;
using NodaTime;
using Xunit;
using static KeyAccount.Domain.Tests.Fulfilment.FulfilmentSteps;

namespace KeyAccount.Domain.Tests.Fulfilment;

[Trait("Rule", "DLV-04")]
public sealed class OnTimeDeliveryTests
{
    [Fact]
    public void The_rate_counts_the_shipments_of_the_period_per_contract_per_workshop_and_overall()
    {
        var fromStock = Given(Open(), new DecideRoute(100), Ship(1, 20), Ship(2, 40));   // line 1 three days late, line 2 on time
        var produced = Given(Open() with { Order = FulfilmentOrderId.From(System.Guid.NewGuid()) }, new DecideRoute(0),
            new IssueProductionOrder("Workshop 1", Today), new CompleteProduction(), Ship(1, 60));
        var notOpened = Orders.Initial;

        var report = OnTimeDelivery.Create([fromStock, produced, notOpened], new DateInterval(Today, Today));

        Assert.Equal(new OnTimeRate(3, 1), report.Overall);
        Assert.Equal(0.3333m, report.Overall.Rate);
        Assert.Equal([null, "Workshop 1"], report.ByWorkshop.Select(w => w.Workshop));
        Assert.Equal([new OnTimeRate(2, 1), new OnTimeRate(1, 0)], report.ByWorkshop.Select(w => w.Rate));
        Assert.Equal(2, report.ByContract.Count);
        Assert.Equal([3, 3], report.LateShipments.Select(l => l.DaysLate));
    }

    [Fact]
    public void Shipments_outside_the_period_do_not_count_and_an_empty_period_has_no_rate()
    {
        var shipped = Given(Open(), new DecideRoute(100), Ship(1, 60));

        var report = OnTimeDelivery.Create([shipped], new DateInterval(Today.PlusDays(1), Today.PlusDays(30)));

        Assert.Equal(new OnTimeRate(0, 0), report.Overall);
        Assert.Null(report.Overall.Rate);
        Assert.Empty(report.ByContract);
        Assert.Empty(report.LateShipments);
    }

    [Property(MaxTest = 100)]
    public Property The_parts_add_up_to_the_whole_and_late_shipments_are_the_late_ones() =>
        Prop.ForAll(FulfilmentOrderGenerators.Histories().ListOf(3).ToArbitrary(), histories =>
        {
            // A period covering every day histories over time decide on (the kit's context's day to the calendar's last).
            var report = OnTimeDelivery.Create(histories.Select(h => h.State), new DateInterval(Today.PlusDays(-10), new LocalDate(2026, 12, 31)));
            return report.ByContract.Sum(c => c.Rate.Shipments) == report.Overall.Shipments
                && report.ByWorkshop.Sum(w => w.Rate.OnTime) == report.Overall.OnTime
                && report.LateShipments.Count == report.Overall.Late
                && report.Overall.Shipments == histories.Sum(h => h.State.Shipments.Count);
        });
}
