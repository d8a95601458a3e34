using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The account pipeline (大客户开发流程) declared once as data (GEN-05): the decider checks every stage change
/// against <see cref="Lifecycle"/>, and <c>docs/diagrams/account-pipeline.mmd</c> is exported from it.
/// </summary>
public static class AccountPipeline
{
    /// <summary>The stages a stage command can still leave: every stage before <see cref="AccountStage.Won"/>.</summary>
    private static readonly AccountStage[] OpenStages =
    [
        AccountStage.Targeting,
        AccountStage.SamplesAndIntelligence,
        AccountStage.ValueAssessment,
        AccountStage.RelationshipBuilding,
        AccountStage.Closing,
    ];

    /// <summary>
    /// Gets the pipeline's table: one stage at a time, each forward move guarded by the gate of the stage it leaves;
    /// termination from any open stage; reactivation back to targeting. A move the table lacks (a skipped stage, any
    /// stage command on a won or terminated account) is rejected by ACC-02.
    /// </summary>
    public static Lifecycle<AccountStage, PipelineTrigger> Lifecycle { get; } =
        StateMachines.Lifecycle.Define<AccountStage, PipelineTrigger>("account-pipeline", AccountStage.Targeting, "ACC-02")
            .Permit(AccountStage.Targeting, PipelineTrigger.EnterSamplesAndIntelligence, AccountStage.SamplesAndIntelligence, "ACC-03")
            .Permit(AccountStage.SamplesAndIntelligence, PipelineTrigger.EnterValueAssessment, AccountStage.ValueAssessment, "ACC-04")
            .Permit(AccountStage.ValueAssessment, PipelineTrigger.EnterRelationshipBuilding, AccountStage.RelationshipBuilding, "ACC-05")
            .Permit(AccountStage.RelationshipBuilding, PipelineTrigger.EnterClosing, AccountStage.Closing, "ACC-06")
            .Permit(AccountStage.Closing, PipelineTrigger.Win, AccountStage.Won, "ACC-07")
            .PermitFromEach(OpenStages, PipelineTrigger.Terminate, AccountStage.Terminated)
            .Permit(AccountStage.Terminated, PipelineTrigger.Reactivate, AccountStage.Targeting, "ACC-12")
            .Build();

    /// <summary>Gets whether a stage is still open (neither won nor terminated).</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Whether the pipeline can still move forward from it.</returns>
    public static bool IsOpen(AccountStage stage) => stage is not (AccountStage.Won or AccountStage.Terminated);

    /// <summary>Gets the stage that follows an open stage, or null for <see cref="AccountStage.Won"/> and <see cref="AccountStage.Terminated"/>.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The next stage.</returns>
    public static AccountStage? Next(AccountStage stage) => stage switch
    {
        AccountStage.Targeting => AccountStage.SamplesAndIntelligence,
        AccountStage.SamplesAndIntelligence => AccountStage.ValueAssessment,
        AccountStage.ValueAssessment => AccountStage.RelationshipBuilding,
        AccountStage.RelationshipBuilding => AccountStage.Closing,
        AccountStage.Closing => AccountStage.Won,
        _ => null,
    };

    /// <summary>Returns the trigger that enters a working stage, or null when a stage is not entered by advancing.</summary>
    internal static PipelineTrigger? TriggerFor(AccountStage target) => target switch
    {
        AccountStage.SamplesAndIntelligence => PipelineTrigger.EnterSamplesAndIntelligence,
        AccountStage.ValueAssessment => PipelineTrigger.EnterValueAssessment,
        AccountStage.RelationshipBuilding => PipelineTrigger.EnterRelationshipBuilding,
        AccountStage.Closing => PipelineTrigger.EnterClosing,
        _ => null,
    };
}
