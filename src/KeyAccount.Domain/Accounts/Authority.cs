namespace KeyAccount.Domain.Accounts;

/// <summary>The authority a contact holds in one decision area (ACC-08).</summary>
public enum Authority
{
    /// <summary>No say in the area.</summary>
    None,

    /// <summary>建议权 — the contact advises; someone else decides.</summary>
    Advisory,

    /// <summary>决定权 — the contact decides. Each area has at most one decision holder.</summary>
    Decision,
}
