namespace KeyAccount.Domain.Marten.Projections;

/// <summary>
/// Which of the package's Marten projections a store has (<see cref="KeyAccountMarten.AddProjections"/>). They run on
/// Marten's async daemon, one page at a time on one node, so a view written from several streams (the subscription
/// ledger) never loses a concurrent update.
/// </summary>
public sealed class KeyAccountProjectionOptions
{
    /// <summary>Gets or sets whether the projections are registered: the account summary, the sales-day report, the subscription ledger per project and the contract register; true by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets whether the account summaries carry the contacts' personal details (ACC-09); false by default.</summary>
    public bool IncludePersonalData { get; set; }
}
