using System;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>What kind of property a site uses; only on-site items are managed here (SITE-02).</summary>
public enum SiteItemCategory
{
    /// <summary>案场物品 — an on-site item: requested by the business division, kept by the site manager.</summary>
    OnSiteItem = 1,

    /// <summary>案场固定资产 — a fixed asset of the site, managed as an asset elsewhere.</summary>
    FixedAsset = 2,

    /// <summary>样板房资产 — a show-flat asset, managed as an asset elsewhere.</summary>
    ShowFlatAsset = 3,
}

/// <summary>Where an on-site item stands (<see cref="SiteItemDecider.Lifecycle"/>).</summary>
public enum SiteItemStatus
{
    /// <summary>Nothing requested.</summary>
    None = 0,

    /// <summary>The purchase was requested by the project's business division.</summary>
    Requested = 1,

    /// <summary>Received and in the custody of one person.</summary>
    InCustody = 2,
}

/// <summary>The triggers of the on-site item lifecycle.</summary>
public enum SiteItemTrigger
{
    /// <summary>The business division requests the purchase.</summary>
    RequestPurchase = 1,

    /// <summary>The item arrives and the site manager takes custody.</summary>
    Receive = 2,

    /// <summary>The custodian hands the item over to another.</summary>
    HandOver = 3,
}

/// <summary>A command on an on-site item.</summary>
public abstract record SiteItemCommand;

/// <summary>The project's business division (事业分部) requests the purchase of an on-site item (SITE-02).</summary>
/// <param name="Item">The item.</param>
/// <param name="Project">The project.</param>
/// <param name="Description">What the item is; not blank.</param>
/// <param name="Category">The category; only <see cref="SiteItemCategory.OnSiteItem"/> is accepted.</param>
/// <param name="BusinessDivision">The business division that requests it; not blank.</param>
/// <param name="RequestedBy">Who in the division requests it.</param>
public sealed record RequestItemPurchase(SiteItemId Item, ProjectId Project, string Description, SiteItemCategory Category, string BusinessDivision, ActorId RequestedBy)
    : SiteItemCommand;

/// <summary>The item arrives; the site manager takes custody (SITE-02).</summary>
/// <param name="SiteManager">The site manager (案场经理) who keeps and maintains it.</param>
public sealed record ReceiveItem(ActorId SiteManager) : SiteItemCommand;

/// <summary>The custodian hands the item to someone else; the hand-over is recorded (SITE-02).</summary>
/// <param name="From">The person handing over; must be the current custodian.</param>
/// <param name="To">The person taking custody; not the same person.</param>
public sealed record HandOverItem(ActorId From, ActorId To) : SiteItemCommand;

/// <summary>Something that happened to an on-site item.</summary>
public abstract record SiteItemEvent;

/// <summary>The purchase was requested (<c>site_item.purchase_requested.v1</c>).</summary>
/// <param name="Item">The item.</param>
/// <param name="Project">The project.</param>
/// <param name="Description">What it is.</param>
/// <param name="BusinessDivision">The requesting division.</param>
/// <param name="RequestedBy">Who requested it.</param>
public sealed record ItemPurchaseRequested(SiteItemId Item, ProjectId Project, string Description, string BusinessDivision, ActorId RequestedBy) : SiteItemEvent;

/// <summary>The item was received into the site manager's custody (<c>site_item.received.v1</c>).</summary>
/// <param name="Custodian">The site manager.</param>
public sealed record ItemReceived(ActorId Custodian) : SiteItemEvent;

/// <summary>The item changed hands (<c>site_item.handed_over.v1</c>).</summary>
/// <param name="From">The previous custodian.</param>
/// <param name="To">The new custodian.</param>
public sealed record ItemHandedOver(ActorId From, ActorId To) : SiteItemEvent;

/// <summary>The state of an on-site item.</summary>
/// <param name="Status">Where the item stands.</param>
/// <param name="Item">The item.</param>
/// <param name="Project">The project.</param>
/// <param name="Description">What it is.</param>
/// <param name="Custodian">Its one custodian, once received.</param>
/// <param name="HandOvers">How many hand-overs are on record.</param>
public sealed record SiteItemState(SiteItemStatus Status, SiteItemId Item, ProjectId Project, string Description, ActorId? Custodian, int HandOvers)
{
    /// <summary>Gets the state before anything is requested.</summary>
    public static SiteItemState Initial { get; } = new(SiteItemStatus.None, default, default, string.Empty, null, 0);
}

/// <summary>
/// On-site items (案场物品, other than fixed and show-flat assets): requested by the project's business division,
/// kept and maintained by the site manager, one custodian at a time, every hand-over recorded (SITE-02).
/// </summary>
public sealed class SiteItemDecider : IDecider<SiteItemCommand, SiteItemEvent, SiteItemState>
{
    /// <summary>Gets the one instance.</summary>
    public static SiteItemDecider Instance { get; } = new();

    /// <summary>Gets the lifecycle table; <c>docs/diagrams/site-item.*</c> is generated from it.</summary>
    public static Lifecycle<SiteItemStatus, SiteItemTrigger> Lifecycle { get; } =
        StateMachines.Lifecycle.Define<SiteItemStatus, SiteItemTrigger>("site-item", SiteItemStatus.None, "SITE-02")
            .Permit(SiteItemStatus.None, SiteItemTrigger.RequestPurchase, SiteItemStatus.Requested, "SITE-02")
            .Permit(SiteItemStatus.Requested, SiteItemTrigger.Receive, SiteItemStatus.InCustody, "SITE-02")
            .Permit(SiteItemStatus.InCustody, SiteItemTrigger.HandOver, SiteItemStatus.InCustody, "SITE-02")
            .Build();

    /// <inheritdoc />
    public SiteItemState Initial => SiteItemState.Initial;

    /// <inheritdoc />
    public Decision<SiteItemEvent> Decide(SiteItemCommand command, SiteItemState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        var trigger = command switch
        {
            RequestItemPurchase => SiteItemTrigger.RequestPurchase,
            ReceiveItem => SiteItemTrigger.Receive,
            HandOverItem => SiteItemTrigger.HandOver,
            _ => throw new ArgumentException($"{command.GetType().Name} is not a site item command.", nameof(command)),
        };
        if (Lifecycle.Check(state.Status, trigger) is { } illegal)
        {
            return illegal;
        }

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
    public SiteItemState Evolve(SiteItemState state, SiteItemEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            ItemPurchaseRequested e => state with { Status = SiteItemStatus.Requested, Item = e.Item, Project = e.Project, Description = e.Description },
            ItemReceived e => state with { Status = SiteItemStatus.InCustody, Custodian = e.Custodian },
            ItemHandedOver e => state with { Custodian = e.To, HandOvers = state.HandOvers + 1 },
            _ => throw new ArgumentException($"{@event?.GetType().Name} is not a site item event.", nameof(@event)),
        };
    }
}
