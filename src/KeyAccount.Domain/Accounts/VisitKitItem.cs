namespace KeyAccount.Domain.Accounts;

/// <summary>拜访资料 — what goes into the visit kit (VIS-01, preparation 1.5).</summary>
public enum VisitKitItem
{
    /// <summary>公司宣传资料 — company brochures.</summary>
    Brochures,

    /// <summary>个人名片 — business cards.</summary>
    BusinessCards,

    /// <summary>笔记本 — a (leather-bound) notebook for the customer's needs and questions.</summary>
    Notebook,
}
