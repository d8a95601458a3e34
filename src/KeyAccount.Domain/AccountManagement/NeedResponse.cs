namespace KeyAccount.Domain.AccountManagement;

/// <summary>How a proposal answers one recorded need of the account (KAM-02): with a solution, or marked out of scope
/// with the reason.</summary>
/// <param name="Need">The need, as the account records it (<see cref="Accounts.AccountState.RecordedNeeds"/>).</param>
/// <param name="OutOfScope">Whether the proposal leaves the need out of scope.</param>
/// <param name="Text">The solution proposed, or the reason it is out of scope.</param>
public sealed record NeedResponse(string Need, bool OutOfScope, string Text);
