using KeyAccount.Domain.Identifiers;

namespace KeyAccount.Domain.Sales.Site;

/// <summary>The state of an on-site item, evolved by <see cref="SiteItemDecider"/>.</summary>
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
