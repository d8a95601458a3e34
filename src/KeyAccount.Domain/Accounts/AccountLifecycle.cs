using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The account pipeline (大客户开发流程) declared once as data (GEN-05): the table decides every stage change, and
/// <c>docs/diagrams/account-pipeline.mmd</c> is exported from it.
/// </summary>
internal static class AccountLifecycle
{
    /// <summary>The stages a stage command can still leave: every working stage before <see cref="AccountStage.Won"/>.</summary>
    private static readonly AccountStage[] OpenStages =
    [
        AccountStage.Targeting,
        AccountStage.SamplesAndIntelligence,
        AccountStage.ValueAssessment,
        AccountStage.RelationshipBuilding,
        AccountStage.Closing,
    ];

    /// <summary>
    /// Gets the pipeline's table: opening into targeting (ACC-01); one stage at a time, each forward move guarded by
    /// the gate of the stage it leaves; termination from any open stage; reactivation back to targeting. A move the
    /// table lacks (a skipped stage, any stage command on an account not opened, won or terminated) is rejected by
    /// ACC-02; opening an account twice by ACC-01.
    /// </summary>
    public static Lifecycle<AccountStage, AccountTrigger> Table { get; } =
        Lifecycle.Define<AccountStage, AccountTrigger>("account-pipeline", AccountStage.NotOpened, "ACC-02")
            .Permit(AccountStage.NotOpened, AccountTrigger.Open, AccountStage.Targeting, "ACC-01")
            .Permit(AccountStage.Targeting, AccountTrigger.EnterSamplesAndIntelligence, AccountStage.SamplesAndIntelligence, "ACC-03")
            .Permit(AccountStage.SamplesAndIntelligence, AccountTrigger.EnterValueAssessment, AccountStage.ValueAssessment, "ACC-04")
            .Permit(AccountStage.ValueAssessment, AccountTrigger.EnterRelationshipBuilding, AccountStage.RelationshipBuilding, "ACC-05")
            .Permit(AccountStage.RelationshipBuilding, AccountTrigger.EnterClosing, AccountStage.Closing, "ACC-06")
            .Permit(AccountStage.Closing, AccountTrigger.Win, AccountStage.Won, "ACC-07")
            .PermitFromEach(OpenStages, AccountTrigger.Terminate, AccountStage.Terminated)
            .Permit(AccountStage.Terminated, AccountTrigger.Reactivate, AccountStage.Targeting, "ACC-12")
            .RefuseWith(AccountTrigger.Open, "ACC-01")
            .Build();
}

/// <summary>The moves of the account pipeline, as named in its lifecycle table (<see cref="AccountAggregate.Definition"/>).</summary>
internal enum AccountTrigger
{
    /// <summary>Not opened → targeting, when the account is opened (ACC-01).</summary>
    Open,

    /// <summary>Targeting → samples and intelligence, once an opportunity is confirmed (ACC-03).</summary>
    EnterSamplesAndIntelligence,

    /// <summary>Samples and intelligence → value assessment (ACC-04).</summary>
    EnterValueAssessment,

    /// <summary>Value assessment → relationship building (ACC-05).</summary>
    EnterRelationshipBuilding,

    /// <summary>Relationship building → closing (ACC-06).</summary>
    EnterClosing,

    /// <summary>Closing → won (ACC-07).</summary>
    Win,

    /// <summary>Any open stage → terminated.</summary>
    Terminate,

    /// <summary>Terminated → targeting (ACC-12).</summary>
    Reactivate,
}
