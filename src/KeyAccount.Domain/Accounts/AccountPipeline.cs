namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The order of the account pipeline's stages (大客户开发流程); the table that decides every stage change is the
/// aggregate's lifecycle, <see cref="AccountAggregate.Definition"/>.
/// </summary>
public static class AccountPipeline
{
    /// <summary>Gets whether a stage is still open: opened, and neither won nor terminated.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>Whether the pipeline can still move forward from it.</returns>
    public static bool IsOpen(AccountStage stage) => stage is not (AccountStage.NotOpened or AccountStage.Won or AccountStage.Terminated);

    /// <summary>Gets the stage that follows an open stage, or null for a stage that is not open.</summary>
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
    internal static AccountTrigger? TriggerFor(AccountStage target) => target switch
    {
        AccountStage.SamplesAndIntelligence => AccountTrigger.EnterSamplesAndIntelligence,
        AccountStage.ValueAssessment => AccountTrigger.EnterValueAssessment,
        AccountStage.RelationshipBuilding => AccountTrigger.EnterRelationshipBuilding,
        AccountStage.Closing => AccountTrigger.EnterClosing,
        _ => null,
    };
}
