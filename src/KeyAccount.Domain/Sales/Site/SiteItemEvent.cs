using System.Text.Json.Serialization;
using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>Something that happened to an on-site item. Wire names are declared in <see cref="SiteItemAggregate"/>.</summary>
[JsonDerivedType(typeof(ItemPurchaseRequested), "site_item.purchase_requested.v1")]
[JsonDerivedType(typeof(ItemReceived), "site_item.received.v1")]
[JsonDerivedType(typeof(ItemHandedOver), "site_item.handed_over.v1")]
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
