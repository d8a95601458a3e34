using KeyAccount.Domain.Accounts;

namespace KeyAccount.Domain.Marten.Projections;

/// <summary>
/// The account summary projection's document, one per key-account stream: <see cref="AccountState.Summarize"/> of the
/// account's state after its last event. Without personal data unless the host asked for it
/// (<see cref="KeyAccountProjectionOptions.IncludePersonalData"/>, ACC-09).
/// </summary>
public sealed class AccountSummaryView
{
    /// <summary>Gets or sets the account's stream ID, the document's identity.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the version of the stream the summary was made at.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets the summary.</summary>
    public AccountSummary? Summary { get; set; }
}
