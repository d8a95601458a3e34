using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Fulfilment;
using KeyAccount.Domain.Testing.Generators.Fulfilment;
using KeyAccount.Domain.Tests.Support;
using Xunit;

namespace KeyAccount.Domain.Tests.Fulfilment;

public sealed class FulfilmentOrderProperties
{
    internal static string Describe(FulfilmentOrderState s) =>
        $"{s.Status}|{s.Order}|{s.Account}|{s.Contract?.Round}|{string.Join(",", s.Lines)}|{s.Route}|{s.Production}|{string.Join(",", s.Shipments)}|{s.OpenedOn}";

    [Property(MaxTest = 200)]
    [Trait("Rule", "DLV-03")]
    public Property No_line_ever_ships_more_than_it_contracted_whatever_the_history() =>
        Prop.ForAll(FulfilmentOrderGenerators.Histories().ToArbitrary(), history =>
        {
            var states = Enumerable.Range(0, history.Events.Count + 1).Select(n => FulfilmentOrderDecider.Instance.Replay(history.Events.Take(n)));
            return states.All(s => s.Lines.All(l => s.ShippedOf(l.Number) <= l.Quantity) && s.Shipments.All(x => s.Lines.Any(l => l.Number == x.Line)));
        });

    [Property(MaxTest = 200)]
    [Trait("Rule", "DLV-03")]
    public Property A_fulfilment_is_fulfilled_exactly_when_every_line_has_shipped_in_full() =>
        Prop.ForAll(FulfilmentOrderGenerators.Histories().ToArbitrary(), history =>
            !history.State.IsOpened
            || (history.State.Status == FulfilmentOrderStatus.Fulfilled) == history.State.Lines.All(l => history.State.ShippedOf(l.Number) == l.Quantity));

    [Property(MaxTest = 200)]
    [Trait("Rule", "DLV-04")]
    public Property A_shipment_is_late_by_exactly_the_days_after_its_lines_delivery_date() =>
        Prop.ForAll(FulfilmentOrderGenerators.Histories().ToArbitrary(), history =>
        {
            var state = history.State;
            var lines = history.Events.OfType<FulfilmentOpened>().SelectMany(o => o.Lines).Concat(history.Events.OfType<AmendmentAdopted>().SelectMany(a => a.Lines)).ToList();
            return state.Shipments.All(s => s.DaysLate == System.Math.Max(0, NodaTime.Period.DaysBetween(lines.Last(l => l.Number == s.Line).DeliverBy, s.ShippedOn)));
        });

    [Property(MaxTest = 100)]
    [Trait("Rule", "GEN-02")]
    [Trait("Rule", "DLV-01")]
    public Property Generated_histories_are_accepted_command_by_command_and_replay_to_the_same_state() =>
        Prop.ForAll(FulfilmentOrderGenerators.Histories().ToArbitrary(), history =>
            GeneratedHistories.AcceptedAndReplayed(FulfilmentOrderDecider.Instance, history, Describe));

    [Fact]
    [Trait("Rule", "DLV-02")]
    public void The_generators_cover_every_command_type_and_every_one_is_accepted_in_some_history() =>
        GeneratedHistories.AssertCoverage(FulfilmentOrderGenerators.Histories(), FulfilmentOrderGenerators.Commands);

    [Fact]
    [Trait("Rule", "GEN-05")]
    public void Generated_histories_reach_every_state_of_the_table()
    {
        var states = GeneratedHistories.StatesAlong(FulfilmentOrderDecider.Instance, FulfilmentOrderGenerators.Histories(), 20250303UL, 300);

        Assert.Equal(System.Enum.GetValues<FulfilmentOrderStatus>().Where(s => s != FulfilmentOrderStatus.None).ToHashSet(), states.Select(s => s.Status).ToHashSet());
        Assert.Contains(states, s => s.Contract!.Round == 2 && s.Shipments.Count > 0);
    }
}
