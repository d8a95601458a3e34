using KeyAccount.Domain.Aggregates;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The key account aggregate (大客户): its definition — the pipeline's table (<c>account-pipeline</c>) that decides the
/// stage, the table of the visits inside an account (<c>account-visit</c>), the event wire names — and stream naming.
/// </summary>
/// <remarks>Account streams hold personal data of decision makers (ACC-09) so that they replay exactly; protect the
/// store.</remarks>
public static class AccountAggregate
{
    /// <summary>Gets the definition. The wire names are a contract: never renamed, never reused.</summary>
    public static AggregateDefinition<AccountCommand, AccountEvent, AccountState, AccountStage, AccountTrigger> Definition { get; } = new(
        "account",
        AccountDecider.Instance,
        EventCatalog<AccountEvent>.Create()
            .Add("account.opened.v1", AccountJsonContext.Shared.AccountOpened)
            .Add("account.company_profile_recorded.v1", AccountJsonContext.Shared.CompanyProfileRecorded)
            .Add("account.potential_demand_assessed.v1", AccountJsonContext.Shared.PotentialDemandAssessed)
            .Add("account.stage_advanced.v1", AccountJsonContext.Shared.StageAdvanced)
            .Add("account.won.v1", AccountJsonContext.Shared.AccountWon)
            .Add("account.contract_approval_withdrawn.v1", AccountJsonContext.Shared.ContractApprovalWithdrawn)
            .Add("account.contract_approval_reconfirmed.v1", AccountJsonContext.Shared.ContractApprovalReconfirmed)
            .Add("account.terminated.v1", AccountJsonContext.Shared.AccountTerminated)
            .Add("account.reactivated.v1", AccountJsonContext.Shared.AccountReactivated)
            .Add("account.contact_recorded.v1", AccountJsonContext.Shared.ContactRecorded)
            .Add("account.authority_assigned.v1", AccountJsonContext.Shared.AuthorityAssigned)
            .Add("account.decision_maker_profile_recorded.v1", AccountJsonContext.Shared.DecisionMakerProfileRecorded)
            .Add("account.interaction_recorded.v1", AccountJsonContext.Shared.InteractionRecorded)
            .Add("account.needs_stated.v1", AccountJsonContext.Shared.NeedsStated)
            .Add("account.sample_requested.v1", AccountJsonContext.Shared.SampleRequested)
            .Add("account.sample_delivered.v1", AccountJsonContext.Shared.SampleDelivered)
            .Add("account.value_assessed.v1", AccountJsonContext.Shared.ValueAssessed)
            .Add("account.executive_meeting_held.v1", AccountJsonContext.Shared.ExecutiveMeetingHeld)
            .Add("account.site_audit_required.v1", AccountJsonContext.Shared.SiteAuditRequired)
            .Add("account.site_audit_recorded.v1", AccountJsonContext.Shared.SiteAuditRecorded)
            .Add("account.competitor_analysed.v1", AccountJsonContext.Shared.CompetitorAnalysed)
            .Add("account.materials_recorded.v1", AccountJsonContext.Shared.MaterialsRecorded)
            .Add("account.tier_changed.v1", AccountJsonContext.Shared.TierChanged)
            .Add("account.needs_change_recorded.v1", AccountJsonContext.Shared.NeedsChangeRecorded)
            .Add("account.visit_planned.v1", AccountJsonContext.Shared.VisitPlanned)
            .Add("account.visit_kit_item_packed.v1", AccountJsonContext.Shared.VisitKitItemPacked)
            .Add("account.visit_ready.v1", AccountJsonContext.Shared.VisitMarkedReady)
            .Add("account.visit_completed.v1", AccountJsonContext.Shared.VisitCompleted)
            .Add("account.visit_cancelled.v1", AccountJsonContext.Shared.VisitCancelled)
            .Build(),
        VisitLifecycle.Table);

    /// <summary>Gets the stream an account's events are kept in.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The stream <c>account-{id}</c>.</returns>
    public static StreamId StreamOf(AccountId account) => Definition.StreamOf(account);
}
