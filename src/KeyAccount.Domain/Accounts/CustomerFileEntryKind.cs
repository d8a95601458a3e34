namespace KeyAccount.Domain.Accounts;

/// <summary>What an entry of the customer file records (VIS-04, ACC-14).</summary>
public enum CustomerFileEntryKind
{
    /// <summary>A need (需求).</summary>
    Need,

    /// <summary>A requirement (要求).</summary>
    Requirement,

    /// <summary>An opinion (观点).</summary>
    Opinion,

    /// <summary>A question (问题).</summary>
    Question,

    /// <summary>A change of needs found in relationship maintenance (客户需求的变化, ACC-14).</summary>
    NeedsChange,
}
