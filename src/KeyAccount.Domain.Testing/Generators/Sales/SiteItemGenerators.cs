using System;
using FsCheck;
using FsCheck.Fluent;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Sales;
using KeyAccount.Domain.Sales.Site;
using KeyAccount.Domain.Testing.Fixtures;

namespace KeyAccount.Domain.Testing.Generators.Sales;

/// <summary>FsCheck generators for on-site items: candidate commands for a state and valid item histories.</summary>
public static class SiteItemGenerators
{
    /// <summary>Gets descriptions of things a sales site buys.</summary>
    public static Gen<string> Description { get; } = Gen.Elements("饮水机", "打印机", "沙盘灯具", "样板房窗帘", "接待台", "雨伞架");

    /// <summary>
    /// Returns candidate commands for a state: purchase requests (mostly on-site items with every field, sometimes a
    /// fixed asset or a blank field), receipts and hand-overs, mostly from the current custodian.
    /// </summary>
    /// <param name="state">The state so far.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is null.</exception>
    public static Gen<SiteItemCommand> Commands(SiteItemState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var request =
            from item in KernelGenerators.Identifier<SiteItemId>()
            from project in KernelGenerators.Identifier<ProjectId>()
            from description in Gen.Frequency((8, Description), (1, Gen.Constant(" ")))
            from category in Gen.Frequency((8, Gen.Constant(SiteItemCategory.OnSiteItem)), (1, Gen.Elements(Enum.GetValues<SiteItemCategory>())))
            from division in Gen.Frequency((8, Gen.Elements("华东事业部", "华南事业部", "华北事业部")), (1, Gen.Constant(string.Empty)))
            from requester in Gen.Frequency((8, KernelGenerators.Actor), (1, Gen.Constant(default(ActorId))))
            select (SiteItemCommand)new RequestItemPurchase(item, project, description, category, division, requester);
        var someone = Gen.Frequency((8, KernelGenerators.Actor), (1, Gen.Constant(default(ActorId))));
        var givers = state.Custodian is { } custodian ? Gen.Frequency((6, Gen.Constant(custodian)), (1, KernelGenerators.Actor)) : KernelGenerators.Actor;
        var handOver =
            from giver in givers
            from taker in Gen.Frequency((8, KernelGenerators.Actor), (1, Gen.Constant(giver)), (1, Gen.Constant(default(ActorId))))
            select (SiteItemCommand)new HandOverItem(giver, taker);
        return Gen.Frequency(
            (state.Status == SiteItemStatus.None ? 8 : 1, request),
            (state.Status == SiteItemStatus.Requested ? 8 : 1, someone.Select(a => (SiteItemCommand)new ReceiveItem(a))),
            (state.Status == SiteItemStatus.InCustody ? 8 : 1, handOver));
    }

    /// <summary>Returns a generator of valid item histories (see <see cref="Histories"/>).</summary>
    /// <param name="context">The decision context; <see cref="TestContexts.Default"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<History<SiteItemCommand, SiteItemEvent, SiteItemState>> Histories(DecisionContext? context = null) =>
        Generators.Histories.OverTime(SiteItemAggregate.Definition.Decider, Commands, context ?? TestContexts.Default);
}
