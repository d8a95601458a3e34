namespace KeyAccount.Domain.Rules;

/// <summary>
/// The part of the business that a rule of the catalogue governs; the areas follow the sections of the
/// specification, and every rule family (the letters of its ID) belongs to exactly one area.
/// </summary>
public enum RuleArea
{
    /// <summary>大客户开发 — the key account development pipeline, its buying centre and relationship maintenance (<c>ACC</c>).</summary>
    KeyAccounts,

    /// <summary>大客户管理周期 — the account management cycle of the 2024 management text: service and support after the win,
    /// feedback and improvement (<c>KAM</c>).</summary>
    AccountManagement,

    /// <summary>拜访客户 — customer visits: preparation, gifts and findings (<c>VIS</c>).</summary>
    Visits,

    /// <summary>商务谈判 — negotiation plans, from preparation to follow-up (<c>NEG</c>).</summary>
    Negotiations,

    /// <summary>案场 — the property sales site: reception of visitors, pre-sale preparation and on-site items (<c>RCP</c>, <c>SITE</c>).</summary>
    SalesSite,

    /// <summary>认购书 — subscriptions: units, payments, stamping and signing (<c>SUB</c>).</summary>
    Subscriptions,

    /// <summary>退定、更名、换房 — cancellation, rename and unit change of a subscription, and refunds (<c>CAN</c>).</summary>
    Cancellations,

    /// <summary>退房 — return of a purchase under a pre-sale contract (<c>RET</c>).</summary>
    Returns,

    /// <summary>日日平帐 — daily reconciliation of payments against remittance notices (<c>REC</c>).</summary>
    Reconciliation,

    /// <summary>合同评审 — contract registration and review (<c>CR</c>).</summary>
    ContractReviews,

    /// <summary>客户投诉 — complaints with corrective and preventive action (<c>CMP</c>).</summary>
    Complaints,

    /// <summary>客户满意度 — customer satisfaction surveys (<c>SAT</c>).</summary>
    Satisfaction,

    /// <summary>合同履行与售后服务 — fulfilment of approved contracts, on-time delivery and after-sales service (<c>DLV</c>).</summary>
    Fulfilment,

    /// <summary>Rules that hold for every aggregate: purity, replay, idempotency, money, state machines, languages (<c>GEN</c>).</summary>
    CrossCutting,
}
