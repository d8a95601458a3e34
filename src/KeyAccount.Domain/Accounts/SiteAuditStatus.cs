namespace KeyAccount.Domain.Accounts;

/// <summary>验厂 — where the customer's site or factory audit stands (ACC-07).</summary>
public enum SiteAuditStatus
{
    /// <summary>The customer does not require an audit.</summary>
    NotRequired,

    /// <summary>The customer requires an audit that has not been passed yet.</summary>
    Pending,

    /// <summary>The last audit failed; winning waits for a passed one.</summary>
    Failed,

    /// <summary>The audit was passed.</summary>
    Passed,
}
