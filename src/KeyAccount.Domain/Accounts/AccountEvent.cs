using System.Collections.Generic;
using System.Text.Json.Serialization;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Accounts;

// The events of the KeyAccount aggregate, past tense, each with a wire name in AccountAggregate.Definition.

/// <summary>An event of the KeyAccount aggregate: a fact about an account, as recorded.</summary>
[JsonDerivedType(typeof(AccountOpened), "account.opened.v1")]
[JsonDerivedType(typeof(CompanyProfileRecorded), "account.company_profile_recorded.v1")]
[JsonDerivedType(typeof(PotentialDemandAssessed), "account.potential_demand_assessed.v1")]
[JsonDerivedType(typeof(StageAdvanced), "account.stage_advanced.v1")]
[JsonDerivedType(typeof(AccountWon), "account.won.v1")]
[JsonDerivedType(typeof(ContractApprovalWithdrawn), "account.contract_approval_withdrawn.v1")]
[JsonDerivedType(typeof(ContractApprovalReconfirmed), "account.contract_approval_reconfirmed.v1")]
[JsonDerivedType(typeof(AccountTerminated), "account.terminated.v1")]
[JsonDerivedType(typeof(AccountReactivated), "account.reactivated.v1")]
[JsonDerivedType(typeof(ContactRecorded), "account.contact_recorded.v1")]
[JsonDerivedType(typeof(AuthorityAssigned), "account.authority_assigned.v1")]
[JsonDerivedType(typeof(DecisionMakerProfileRecorded), "account.decision_maker_profile_recorded.v1")]
[JsonDerivedType(typeof(InteractionRecorded), "account.interaction_recorded.v1")]
[JsonDerivedType(typeof(NeedsStated), "account.needs_stated.v1")]
[JsonDerivedType(typeof(SampleRequested), "account.sample_requested.v1")]
[JsonDerivedType(typeof(SampleDelivered), "account.sample_delivered.v1")]
[JsonDerivedType(typeof(ValueAssessed), "account.value_assessed.v1")]
[JsonDerivedType(typeof(ExecutiveMeetingHeld), "account.executive_meeting_held.v1")]
[JsonDerivedType(typeof(SiteAuditRequired), "account.site_audit_required.v1")]
[JsonDerivedType(typeof(SiteAuditRecorded), "account.site_audit_recorded.v1")]
[JsonDerivedType(typeof(CompetitorAnalysed), "account.competitor_analysed.v1")]
[JsonDerivedType(typeof(MaterialsRecorded), "account.materials_recorded.v1")]
[JsonDerivedType(typeof(TierChanged), "account.tier_changed.v1")]
[JsonDerivedType(typeof(NeedsChangeRecorded), "account.needs_change_recorded.v1")]
[JsonDerivedType(typeof(VisitPlanned), "account.visit_planned.v1")]
[JsonDerivedType(typeof(VisitKitItemPacked), "account.visit_kit_item_packed.v1")]
[JsonDerivedType(typeof(VisitMarkedReady), "account.visit_ready.v1")]
[JsonDerivedType(typeof(VisitCompleted), "account.visit_completed.v1")]
[JsonDerivedType(typeof(VisitCancelled), "account.visit_cancelled.v1")]
public abstract record AccountEvent
{
    private protected AccountEvent()
    {
    }
}

/// <summary>The account was opened in targeting (<c>account.opened.v1</c>, ACC-01).</summary>
/// <param name="Account">The account.</param>
/// <param name="CompanyName">The company's name, trimmed.</param>
/// <param name="Source">Where the lead came from, trimmed.</param>
/// <param name="Owner">The development manager who owns the account.</param>
/// <param name="OpenedOn">The business day of opening.</param>
/// <param name="Screening">The screening that qualified the prospect (KAM-01), or null when the account was opened
/// without one.</param>
public sealed record AccountOpened(AccountId Account, string CompanyName, string Source, ActorId Owner, LocalDate OpenedOn, AccountManagement.ScreeningId? Screening = null) : AccountEvent;

/// <summary>The company profile was recorded (<c>account.company_profile_recorded.v1</c>, ACC-03).</summary>
/// <param name="Profile">The profile.</param>
public sealed record CompanyProfileRecorded(CompanyProfile Profile) : AccountEvent;

/// <summary>The potential demand was assessed (<c>account.potential_demand_assessed.v1</c>, ACC-03).</summary>
/// <param name="Assessment">The assessment.</param>
public sealed record PotentialDemandAssessed(DemandAssessment Assessment) : AccountEvent;

/// <summary>The account entered the next working stage (<c>account.stage_advanced.v1</c>, ACC-02).</summary>
/// <param name="From">The stage left.</param>
/// <param name="To">The stage entered.</param>
public sealed record StageAdvanced(AccountStage From, AccountStage To) : AccountEvent;

/// <summary>The account was won (<c>account.won.v1</c>, ACC-07).</summary>
/// <param name="ContractReview">The approved contract review.</param>
/// <param name="WonOn">The business day.</param>
public sealed record AccountWon(ContractReviewReference ContractReview, LocalDate WonOn) : AccountEvent;

/// <summary>The approval the account was won with was withdrawn: the contract was amended and its review re-opened
/// (<c>account.contract_approval_withdrawn.v1</c>, CR-05). The account stays won.</summary>
/// <param name="Review">The review.</param>
/// <param name="Round">The round of the withdrawn approval.</param>
/// <param name="WithdrawnOn">The business day.</param>
public sealed record ContractApprovalWithdrawn(ContractReviewId Review, int Round, LocalDate WithdrawnOn) : AccountEvent;

/// <summary>The won account relies on the review's new approval (<c>account.contract_approval_reconfirmed.v1</c>, CR-05).</summary>
/// <param name="ContractReview">The new reference.</param>
/// <param name="ReconfirmedOn">The business day.</param>
public sealed record ContractApprovalReconfirmed(ContractReviewReference ContractReview, LocalDate ReconfirmedOn) : AccountEvent;

/// <summary>Development stopped (<c>account.terminated.v1</c>).</summary>
/// <param name="From">The stage the account was in.</param>
/// <param name="Reason">Why.</param>
/// <param name="On">The business day.</param>
public sealed record AccountTerminated(AccountStage From, string Reason, LocalDate On) : AccountEvent;

/// <summary>A terminated account went back to targeting (<c>account.reactivated.v1</c>, ACC-12).</summary>
/// <param name="Reason">Why.</param>
/// <param name="On">The business day.</param>
public sealed record AccountReactivated(string Reason, LocalDate On) : AccountEvent;

/// <summary>A contact was added or updated (<c>account.contact_recorded.v1</c>, ACC-08).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="Name">The name, trimmed.</param>
/// <param name="Function">What the contact does.</param>
/// <param name="IsInsider">Whether the contact is our insider.</param>
public sealed record ContactRecorded(ContactId Contact, string Name, ContactFunction Function, bool IsInsider) : AccountEvent;

/// <summary>A contact's authority in a decision area was set (<c>account.authority_assigned.v1</c>, ACC-08).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="Area">The area.</param>
/// <param name="Authority">The authority; none withdraws it.</param>
public sealed record AuthorityAssigned(ContactId Contact, DecisionArea Area, Authority Authority) : AccountEvent;

/// <summary>A contact's personal details were recorded (<c>account.decision_maker_profile_recorded.v1</c>, ACC-04, ACC-09).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="Details">The details (personal data).</param>
public sealed record DecisionMakerProfileRecorded(ContactId Contact, [property: PersonalData] PersonalDetails Details) : AccountEvent;

/// <summary>An interaction with a contact was recorded (<c>account.interaction_recorded.v1</c>, ACC-06, ACC-14).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="On">The day.</param>
/// <param name="Summary">What happened.</param>
public sealed record InteractionRecorded(ContactId Contact, LocalDate On, string Summary) : AccountEvent;

/// <summary>The customer's needs were stated (<c>account.needs_stated.v1</c>, ACC-04).</summary>
/// <param name="Needs">The needs.</param>
public sealed record NeedsStated(string Needs) : AccountEvent;

/// <summary>A sample was requested (<c>account.sample_requested.v1</c>, ACC-04).</summary>
/// <param name="Item">The item.</param>
public sealed record SampleRequested(string Item) : AccountEvent;

/// <summary>A requested sample was delivered (<c>account.sample_delivered.v1</c>, ACC-04).</summary>
/// <param name="Item">The item, as requested.</param>
/// <param name="On">The day of delivery.</param>
public sealed record SampleDelivered(string Item, LocalDate On) : AccountEvent;

/// <summary>The value assessment was recorded (<c>account.value_assessed.v1</c>, ACC-05).</summary>
/// <param name="Assessment">The assessment.</param>
public sealed record ValueAssessed(ValueAssessment Assessment) : AccountEvent;

/// <summary>An executive-level meeting was held (<c>account.executive_meeting_held.v1</c>, ACC-07).</summary>
/// <param name="On">The day.</param>
/// <param name="Summary">Who met and what was agreed.</param>
public sealed record ExecutiveMeetingHeld(LocalDate On, string Summary) : AccountEvent;

/// <summary>The customer requires a site audit (<c>account.site_audit_required.v1</c>, ACC-07).</summary>
public sealed record SiteAuditRequired() : AccountEvent;

/// <summary>A site audit took place (<c>account.site_audit_recorded.v1</c>, ACC-07).</summary>
/// <param name="On">The day.</param>
/// <param name="Passed">Whether it was passed.</param>
public sealed record SiteAuditRecorded(LocalDate On, bool Passed) : AccountEvent;

/// <summary>An incumbent supplier was analysed (<c>account.competitor_analysed.v1</c>, ACC-10).</summary>
/// <param name="Analysis">The analysis.</param>
public sealed record CompetitorAnalysed(CompetitorAnalysis Analysis) : AccountEvent;

/// <summary>The materials the customer uses were recorded (<c>account.materials_recorded.v1</c>, ACC-11).</summary>
/// <param name="Materials">The materials, trimmed, without repeats.</param>
public sealed record MaterialsRecorded(IReadOnlyList<string> Materials) : AccountEvent
{
    /// <inheritdoc />
    public bool Equals(MaterialsRecorded? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>The account's tier changed (<c>account.tier_changed.v1</c>, ACC-13).</summary>
/// <param name="From">The tier before, or null for the first review.</param>
/// <param name="To">The new tier.</param>
/// <param name="TransactionAmount">The transaction amount reviewed.</param>
/// <param name="TransactionCount">The number of transactions reviewed.</param>
public sealed record TierChanged(AccountTier? From, AccountTier To, Money TransactionAmount, int TransactionCount) : AccountEvent;

/// <summary>A change in a contact's needs was recorded (<c>account.needs_change_recorded.v1</c>, ACC-14).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="On">The day it was learned.</param>
/// <param name="Description">What changed.</param>
public sealed record NeedsChangeRecorded(ContactId Contact, LocalDate On, string Description) : AccountEvent;

/// <summary>A visit was planned (<c>account.visit_planned.v1</c>, VIS-02, VIS-03).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="On">The planned day.</param>
/// <param name="Meeting">The contacts to meet.</param>
/// <param name="Purpose">The purpose.</param>
/// <param name="Gift">The gift, if any.</param>
public sealed record VisitPlanned(VisitId Visit, LocalDate On, IReadOnlyList<ContactId> Meeting, string Purpose, Gift? Gift) : AccountEvent
{
    /// <inheritdoc />
    public bool Equals(VisitPlanned? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}

/// <summary>An item of a visit's kit was packed (<c>account.visit_kit_item_packed.v1</c>, VIS-01).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Item">The item.</param>
public sealed record VisitKitItemPacked(VisitId Visit, VisitKitItem Item) : AccountEvent;

/// <summary>A visit's preparations were all done (<c>account.visit_ready.v1</c>, VIS-01).</summary>
/// <param name="Visit">The visit.</param>
public sealed record VisitMarkedReady(VisitId Visit) : AccountEvent;

/// <summary>A visit was made and recorded (<c>account.visit_completed.v1</c>, VIS-04).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="On">The business day of the record.</param>
/// <param name="Record">What the customer said.</param>
public sealed record VisitCompleted(VisitId Visit, LocalDate On, VisitRecord Record) : AccountEvent;

/// <summary>A visit was called off (<c>account.visit_cancelled.v1</c>).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Reason">Why.</param>
public sealed record VisitCancelled(VisitId Visit, string Reason) : AccountEvent;
