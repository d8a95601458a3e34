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
