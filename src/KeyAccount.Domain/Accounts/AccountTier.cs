namespace KeyAccount.Domain.Accounts;

/// <summary>The value tier of a won account (ACC-13), from its transaction amount and frequency.</summary>
public enum AccountTier
{
    /// <summary>The most valuable accounts.</summary>
    A,

    /// <summary>Accounts of middle value.</summary>
    B,

    /// <summary>Every other account.</summary>
    C,
}
