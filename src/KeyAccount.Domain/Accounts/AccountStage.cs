namespace KeyAccount.Domain.Accounts;

/// <summary>
/// 大客户开发阶段 — the stage of a key account in the development pipeline (ACC-02). The five working stages run in
/// order; <see cref="Won"/> and <see cref="Terminated"/> end the pipeline.
/// </summary>
public enum AccountStage
{
    /// <summary>Not yet opened: the stage of an account before <see cref="AccountOpened"/> (ACC-01).</summary>
    NotOpened,

    /// <summary>确定开发对象 — the customer is a target: learn its profile and judge whether an opportunity exists (ACC-03).</summary>
    Targeting,

    /// <summary>样品资料提供/信息收集 — samples and material are provided, insiders and decision makers found (ACC-04).</summary>
    SamplesAndIntelligence,

    /// <summary>价值评估/开发程序 — the chance of winning, the obstacles, the cost and the plan are assessed (ACC-05).</summary>
    ValueAssessment,

    /// <summary>关系建立 — relationships are built with every decision holder (ACC-06).</summary>
    RelationshipBuilding,

    /// <summary>促成成交 — the deal is brought about: executive meeting, site audit, contract review (ACC-07).</summary>
    Closing,

    /// <summary>The account is won; relationship maintenance follows (ACC-14).</summary>
    Won,

    /// <summary>Development stopped; the account can be reactivated (ACC-12).</summary>
    Terminated,
}
