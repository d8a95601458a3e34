using KeyAccount.Domain.Serialization;

namespace KeyAccount.Domain.Accounts;

/// <summary>The wire names of the account's events and the serializer for its event streams (GEN-02).</summary>
public static class AccountEvents
{
    internal static AccountJsonContext Json { get; } = new(KeyAccountJson.CreateOptions());

    /// <summary>Gets the account's events and their wire names. The names are a contract: never renamed, never reused.</summary>
    public static EventCatalog<AccountEvent> Catalog { get; } = EventCatalog<AccountEvent>.Create()
        .Add("account.opened.v1", Json.AccountOpened)
        .Add("account.company_profile_recorded.v1", Json.CompanyProfileRecorded)
        .Add("account.potential_demand_assessed.v1", Json.PotentialDemandAssessed)
        .Add("account.stage_advanced.v1", Json.StageAdvanced)
        .Add("account.won.v1", Json.AccountWon)
        .Add("account.terminated.v1", Json.AccountTerminated)
        .Add("account.reactivated.v1", Json.AccountReactivated)
        .Add("account.contact_recorded.v1", Json.ContactRecorded)
        .Add("account.authority_assigned.v1", Json.AuthorityAssigned)
        .Add("account.decision_maker_profile_recorded.v1", Json.DecisionMakerProfileRecorded)
        .Add("account.interaction_recorded.v1", Json.InteractionRecorded)
        .Add("account.needs_stated.v1", Json.NeedsStated)
        .Add("account.sample_requested.v1", Json.SampleRequested)
        .Add("account.sample_delivered.v1", Json.SampleDelivered)
        .Add("account.value_assessed.v1", Json.ValueAssessed)
        .Add("account.executive_meeting_held.v1", Json.ExecutiveMeetingHeld)
        .Add("account.site_audit_required.v1", Json.SiteAuditRequired)
        .Add("account.site_audit_recorded.v1", Json.SiteAuditRecorded)
        .Add("account.competitor_analysed.v1", Json.CompetitorAnalysed)
        .Add("account.materials_recorded.v1", Json.MaterialsRecorded)
        .Add("account.tier_changed.v1", Json.TierChanged)
        .Add("account.needs_change_recorded.v1", Json.NeedsChangeRecorded)
        .Add("account.visit_planned.v1", Json.VisitPlanned)
        .Add("account.visit_kit_item_packed.v1", Json.VisitKitItemPacked)
        .Add("account.visit_ready.v1", Json.VisitMarkedReady)
        .Add("account.visit_completed.v1", Json.VisitCompleted)
        .Add("account.visit_cancelled.v1", Json.VisitCancelled)
        .Build();

    /// <summary>Gets the serializer of account event streams (JSON Lines, one envelope per line).</summary>
    /// <remarks>Event streams hold personal data of decision makers (ACC-09) so that they replay exactly; protect the store.</remarks>
    public static EventSerializer<AccountEvent> Serializer { get; } = new(Catalog);
}
