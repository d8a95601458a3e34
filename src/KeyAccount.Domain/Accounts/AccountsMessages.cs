using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Accounts;

/// <summary>The message templates of the account family, in <c>Resources/Accounts.resx</c> and <c>Accounts.zh-Hans.resx</c>.</summary>
internal static class AccountsMessages
{
    internal static MessageSource Source { get; } = new("KeyAccount.Domain.Resources.Accounts");
}
