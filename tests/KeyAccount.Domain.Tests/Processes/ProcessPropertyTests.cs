using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Processes;
using KeyAccount.Domain.Rules;
using KeyAccount.Domain.Sales.Inventory;
using KeyAccount.Domain.Sales.Subscriptions;
using Xunit;
using static KeyAccount.Domain.Tests.Processes.ProcessSite;
using static KeyAccount.Domain.Tests.Sales.SalesFixture;

namespace KeyAccount.Domain.Tests.Processes;

/// <summary>
/// Any interleaving of site operations over N units and M subscriptions, sent to the subscriptions only, with the
/// unit process run after each (SUB-08, SUB-01, GEN-12): no unit is held by two live subscriptions, every live
/// subscription's unit is held by it, and every refusal inside the process names the rule of the unit that refused.
/// </summary>
public sealed class ProcessPropertyTests
{
    private enum Operation
    {
        Subscribe,
        Cancel,
        ChangeUnit,
        Retain,
        Finish,
        Sign,
        Register,
        Return,
    }

    private static readonly Gen<(int Units, int Subscriptions, (Operation Op, int S, int U)[] Script)> Scripts =
        from units in Gen.Choose(1, 4)
        from subscriptions in Gen.Choose(1, 5)
        from script in (from op in Gen.Elements(Enum.GetValues<Operation>())
                        from s in Gen.Choose(0, subscriptions - 1)
                        from u in Gen.Choose(0, units - 1)
                        select (op, s, u)).ArrayOf()
        select (units, subscriptions, script);

    [Property(MaxTest = 60)]
    [Trait("Rule", "SUB-08")]
    [Trait("Rule", "SUB-01")]
    [Trait("Rule", "GEN-12")]
    public Property No_unit_is_held_by_two_live_subscriptions_and_every_live_subscription_holds_its_unit() =>
        Prop.ForAll(Scripts.ToArbitrary(), input => RunAsync(input.Units, input.Subscriptions, input.Script).GetAwaiter().GetResult());

    private static async Task RunAsync(int unitCount, int subscriptionCount, (Operation Op, int S, int U)[] script)
    {
        var site = new ProcessSite();
        var units = Enumerable.Range(0, unitCount).Select(UnitNo).ToArray();
        var subscriptions = Enumerable.Range(0, subscriptionCount).Select(SubscriptionNo).ToArray();
        await site.ListAsync(units);
        foreach (var (op, si, ui) in script)
        {
            var s = subscriptions[si];
            var u = units[ui];
            var state = await site.SubscriptionAsync(s);
            _ = op switch
            {
                Operation.Subscribe when state.Status == SubscriptionStatus.None => await site.SendAllAsync(s, Effective(s, u)),
                Operation.Cancel => await site.SendAsync(s, new RequestCancellation(Specialist, CancellationRequest.Cancellation, BothPresent)),
                Operation.ChangeUnit when state.Unit != u => await site.SendAsync(s, new RequestCancellation(Specialist, new CancellationRequest.ChangeUnit(u, Money.Cny(900_000m)), BothPresent)),
                Operation.Retain => await site.SendAsync(s, new RecordRetentionAttempt(Specialist, SiteManager, CertificateOfficer, Retained: true)),
                Operation.Finish => await site.SendAllAsync(s, Completion(state)),
                Operation.Sign => await site.SendAsync(s, new SignPreSaleContract(Specialist, "YS-1")),
                Operation.Register => await site.SendAsync(s, new RegisterPreSaleContract(Specialist, "DJ-1")),
                Operation.Return => await site.SendAllAsync(s, Return),
                _ => false,
            };

            var report = await site.RunAsync();
            Assert.False(report.Stalled);
            foreach (var refusal in Refusals(report))
            {
                Assert.Equal("Unit", RuleCatalogue.Get(refusal.RuleId).Aggregate);
            }

            foreach (var compensation in report.Dispatches.Where(d => d.IsCompensation))
            {
                var refused = report.Dispatches[report.Dispatches.ToList().IndexOf(compensation) - 1];
                Assert.Equal(refused.Refusal!.RuleId, ((RecordUnitRefusal)compensation.Command.Command).Rule);
            }

            await AssertInvariantAsync(site, units, subscriptions);
        }
    }

    private static async Task AssertInvariantAsync(ProcessSite site, UnitId[] units, SubscriptionId[] subscriptions)
    {
        var unitStates = new Dictionary<UnitId, UnitState>();
        foreach (var u in units)
        {
            unitStates[u] = await site.UnitAsync(u);
        }

        var live = new List<SubscriptionState>();
        foreach (var s in subscriptions)
        {
            var state = await site.SubscriptionAsync(s);
            if (IsLive(state))
            {
                live.Add(state);
            }
        }

        foreach (var s in live)
        {
            Assert.Equal(s.Id, unitStates[s.Unit].HeldBy);
            if (s.PendingRequest is CancellationRequest.ChangeUnit change)
            {
                Assert.Equal(s.Id, unitStates[change.NewUnit].HeldBy);
            }
        }

        // A unit held by a subscription is held by a live one that claims it, so no two live subscriptions share a unit.
        foreach (var (unit, state) in unitStates.Where(x => x.Value.HeldBy is not null))
        {
            var holder = Assert.Single(live, s => s.Id == state.HeldBy);
            Assert.True(holder.Unit == unit || holder.PendingRequest is CancellationRequest.ChangeUnit { NewUnit: var n } && n == unit);
        }

        Assert.Equal(live.Count, live.Select(s => s.Unit).Distinct().Count());
    }
}
