using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Sales.Site;

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
