namespace KeyAccount.Domain.Accounts;

/// <summary>What a contact does in the customer's organisation (ACC-08).</summary>
public enum ContactFunction
{
    /// <summary>采购 — purchasing.</summary>
    Purchasing,

    /// <summary>技术 — engineering or technical staff.</summary>
    Technical,

    /// <summary>老板 — the owner or boss (VIS-03 limits gifts when meeting them).</summary>
    Owner,

    /// <summary>Any other function.</summary>
    Other,
}
