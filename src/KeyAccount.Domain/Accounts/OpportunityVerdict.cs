namespace KeyAccount.Domain.Accounts;

/// <summary>判断成交机会的有无 — whether the potential-demand assessment finds a chance of doing business (ACC-03).</summary>
public enum OpportunityVerdict
{
    /// <summary>有 — an opportunity exists: the account may move on.</summary>
    OpportunityExists,

    /// <summary>无 — no opportunity: the account is terminated with the assessment's reason.</summary>
    NoOpportunity,
}
