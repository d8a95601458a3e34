using System.Collections.Generic;
using KeyAccount.Domain.Sales.Site;

namespace KeyAccount.Domain.Marten.Projections;

/// <summary>
/// The subscription ledger projection's document, one per sales project: every subscription (认购书) of the project
/// with its unit, status and money. No buyer's name or identity number (GEN-10).
/// </summary>
public sealed class SubscriptionLedger
{
    /// <summary>Gets or sets the project's stream ID, the document's identity.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the project.</summary>
    public ProjectId Project { get; set; }

    /// <summary>Gets or sets the entries, ordered by subscription stream ID.</summary>
    public IReadOnlyList<SubscriptionLedgerEntry> Entries { get; set; } = [];
}
