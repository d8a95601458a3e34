namespace KeyAccount.Domain.Accounts;

/// <summary>
/// 重点/非重点跟进 — how closely a contact is followed up (ACC-08). Derived from the authority matrix, never set by hand.
/// </summary>
public enum FollowUpClass
{
    /// <summary>The contact holds no authority in any area.</summary>
    NonKey,

    /// <summary>The contact holds decision or advisory authority in at least one area.</summary>
    Key,
}
