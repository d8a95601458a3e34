using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using static KeyAccount.Domain.Accounts.AccountRejections;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The stage gates of the pipeline (ACC-03 … ACC-07) and the visit's preparations (VIS-01), each read from the data
/// the account holds. A gate lists everything that is missing, in a stable order, not only the first item.
/// </summary>
internal static class AccountGates
{
    /// <summary>Returns what the account lacks to leave its current working stage.</summary>
    internal static IReadOnlyList<MissingRequirement> ToLeave(AccountState state, ContractReviewReference? contractReview = null) => state.Stage switch
    {
        AccountStage.Targeting => Targeting(state),
        AccountStage.SamplesAndIntelligence => SamplesAndIntelligence(state),
        AccountStage.ValueAssessment => ValueAssessment(state),
        AccountStage.RelationshipBuilding => RelationshipBuilding(state),
        AccountStage.Closing => Closing(state, contractReview),
        _ => [],
    };

    /// <summary>The gate's error code for a stage.</summary>
    internal static string CodeFor(AccountStage stage) => stage switch
    {
        AccountStage.Targeting => "account.gate.targeting",
        AccountStage.SamplesAndIntelligence => "account.gate.samples_and_intelligence",
        AccountStage.ValueAssessment => "account.gate.value_assessment",
        AccountStage.RelationshipBuilding => "account.gate.relationship_building",
        _ => "account.gate.closing",
    };

    // ACC-03: a profile, and a demand assessment that found an opportunity.
    private static List<MissingRequirement> Targeting(AccountState state)
    {
        var missing = new List<MissingRequirement>();
        if (state.Profile is null)
        {
            missing.Add(Missing("account.company_profile_missing"));
        }

        if (state.DemandAssessment is null)
        {
            missing.Add(Missing("account.demand_assessment_missing"));
        }
        else if (state.DemandAssessment.Verdict == OpportunityVerdict.NoOpportunity)
        {
            missing.Add(Missing("account.no_opportunity"));
        }

        return missing;
    }

    // ACC-04: an insider, a decision holder with a profile, stated needs, every sample delivered.
    private static List<MissingRequirement> SamplesAndIntelligence(AccountState state)
    {
        var missing = new List<MissingRequirement>();
        if (!state.Contacts.Any(c => c.IsInsider))
        {
            missing.Add(Missing("account.insider_missing"));
        }

        var holders = state.BuyingCentre.DecisionHolders;
        if (holders.Count == 0)
        {
            missing.Add(Missing("account.decision_holder_missing"));
        }

        foreach (var holder in holders)
        {
            var contact = state.FindContact(holder);
            if (contact is { HasProfile: false })
            {
                missing.Add(Missing("account.decision_maker_profile_missing", new ErrorDetail("contact", contact.Name)));
            }
        }

        if (state.Needs is null)
        {
            missing.Add(Missing("account.needs_missing"));
        }

        foreach (var sample in state.Samples.Where(s => !s.IsDelivered))
        {
            missing.Add(Missing("account.sample_not_delivered", new ErrorDetail("item", sample.Item)));
        }

        return missing;
    }

    // ACC-05: a value assessment (its completeness is checked when it is recorded).
    private static List<MissingRequirement> ValueAssessment(AccountState state) =>
        state.ValueAssessment is null ? [Missing("account.value_assessment_missing")] : [];

    // ACC-06: an interaction with every decision holder, named per area it decides.
    private static List<MissingRequirement> RelationshipBuilding(AccountState state)
    {
        var missing = new List<MissingRequirement>();
        if (state.BuyingCentre.DecisionHolders.Count == 0)
        {
            missing.Add(Missing("account.decision_holder_missing"));
        }

        foreach (var area in state.BuyingCentre.Areas)
        {
            if (state.BuyingCentre.DecisionHolder(area) is { } holder && state.LastInteractionWith(holder) is null)
            {
                missing.Add(Missing(
                    "account.decision_holder_without_interaction",
                    new ErrorDetail("area", area.Name),
                    new ErrorDetail("contact", state.FindContact(holder)?.Name ?? holder.ToString())));
            }
        }

        return missing;
    }

    // ACC-07: an executive meeting, a passed audit where one is required, an approved contract review.
    private static List<MissingRequirement> Closing(AccountState state, ContractReviewReference? contractReview)
    {
        var missing = new List<MissingRequirement>();
        if (state.LastExecutiveMeetingOn is null)
        {
            missing.Add(Missing("account.executive_meeting_missing"));
        }

        if (state.SiteAudit == SiteAuditStatus.Pending)
        {
            missing.Add(Missing("account.site_audit_pending"));
        }
        else if (state.SiteAudit == SiteAuditStatus.Failed)
        {
            missing.Add(Missing("account.site_audit_failed"));
        }

        if (contractReview is null)
        {
            missing.Add(Missing("account.contract_review_missing"));
        }

        return missing;
    }

    /// <summary>VIS-01: the five preparations of a visit.</summary>
    internal static IReadOnlyList<MissingRequirement> VisitPreparations(AccountState state, Visit visit)
    {
        var missing = new List<MissingRequirement>();
        foreach (var id in visit.Meeting)
        {
            if (state.FindContact(id) is { HasProfile: false } contact)
            {
                missing.Add(Missing("visit.person_info_missing", new ErrorDetail("contact", contact.Name)));
            }
        }

        if (state.BuyingCentre.Grants.Count == 0)
        {
            missing.Add(Missing("visit.organisation_structure_missing"));
        }

        if (state.Competitors.IsEmpty)
        {
            missing.Add(Missing("visit.competitor_analysis_missing"));
        }

        if (state.Materials.IsEmpty)
        {
            missing.Add(Missing("visit.materials_missing"));
        }

        foreach (var item in visit.MissingKit)
        {
            missing.Add(Missing("visit.kit_item_missing", new ErrorDetail("item", item)));
        }

        return missing;
    }
}
