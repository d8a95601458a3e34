namespace KeyAccount.Domain.Accounts;

/// <summary>The five preparations of a visit (VIS-01, 拜访前 1.1–1.5).</summary>
public enum VisitPreparation
{
    /// <summary>1.1 — information about the people to meet: every contact met has a profile.</summary>
    CustomerPersonInfo,

    /// <summary>1.2 — the organisation structure is analysed: the buying centre names who decides or advises.</summary>
    OrganisationStructure,

    /// <summary>1.3 — at least one incumbent supplier is analysed (ACC-10).</summary>
    CompetitorAnalysis,

    /// <summary>1.4 — the materials the customer uses are known (ACC-11).</summary>
    Materials,

    /// <summary>1.5 — the visit kit is packed: brochures, business cards, notebook.</summary>
    VisitKit,
}
