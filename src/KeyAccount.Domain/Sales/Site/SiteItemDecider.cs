using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>
/// On-site items (案场物品, other than fixed and show-flat assets): requested by the project's business division,
/// kept and maintained by the site manager, one custodian at a time, every hand-over recorded (SITE-02).
/// </summary>
internal sealed class SiteItemDecider : LifecycleDecider<SiteItemCommand, SiteItemEvent, SiteItemState, SiteItemStatus, SiteItemTrigger>
{
    private SiteItemDecider()
        : base(SiteItemState.Initial, SiteItemLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static SiteItemDecider Instance { get; } = new();

    /// <inheritdoc />
    public override SiteItemTrigger? TriggerOf(SiteItemEvent @event) => @event switch
    {
        ItemPurchaseRequested => SiteItemTrigger.RequestPurchase,
        ItemReceived => SiteItemTrigger.Receive,
        ItemHandedOver => SiteItemTrigger.HandOver,
        _ => throw new ArgumentException($"{@event?.GetType().Name} is not a site item event.", nameof(@event)),
    };

    /// <inheritdoc />
    public override SiteItemTrigger? TriggerOf(SiteItemCommand command, SiteItemState state) => command switch
    {
        RequestItemPurchase => SiteItemTrigger.RequestPurchase,
        ReceiveItem => SiteItemTrigger.Receive,
        HandOverItem => SiteItemTrigger.HandOver,
        _ => throw new ArgumentException($"{command?.GetType().Name} is not a site item command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<SiteItemEvent> DecideData(SiteItemCommand command, SiteItemState state, DecisionContext context)
    {
        switch (command)
        {
            case RequestItemPurchase c:
                if (c.Category != SiteItemCategory.OnSiteItem)
                {
                    return SalesMessages.Violation("SITE-02", "sales.item_not_on_site_item", new ErrorDetail("category", c.Category));
                }

                return string.IsNullOrWhiteSpace(c.Description) || string.IsNullOrWhiteSpace(c.BusinessDivision) || c.RequestedBy == default
                    ? SalesMessages.Violation("SITE-02", "sales.item_request_incomplete")
                    : Decision<SiteItemEvent>.Accept(new ItemPurchaseRequested(c.Item, c.Project, c.Description.Trim(), c.BusinessDivision.Trim(), c.RequestedBy));

            case ReceiveItem c:
                return c.SiteManager == default
                    ? SalesMessages.Violation("SITE-02", "sales.item_custodian_required")
                    : Decision<SiteItemEvent>.Accept(new ItemReceived(c.SiteManager));

            case HandOverItem c:
                // SITE-02: one custodian at a time, so only the custodian can hand the item on.
                if (c.From != state.Custodian)
                {
                    return SalesMessages.Violation("SITE-02", "sales.item_not_custodian", new ErrorDetail("from", c.From), new ErrorDetail("custodian", state.Custodian));
                }

                return c.To == default || c.To == c.From
                    ? SalesMessages.Violation("SITE-02", "sales.item_custodian_required")
                    : Decision<SiteItemEvent>.Accept(new ItemHandedOver(c.From, c.To));

            default:
                throw new ArgumentException($"{command.GetType().Name} is not a site item command.", nameof(command));
        }
    }

    /// <inheritdoc />
    private protected override SiteItemState Fold(SiteItemState state, SiteItemEvent @event) => @event switch
    {
        ItemPurchaseRequested e => state with { Item = e.Item, Project = e.Project, Description = e.Description },
        ItemReceived e => state with { Custodian = e.Custodian },
        ItemHandedOver e => state with { Custodian = e.To, HandOvers = state.HandOvers + 1 },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a site item event.", nameof(@event)),
    };
}
