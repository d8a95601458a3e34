using System;
using System.Collections.Generic;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;
using NodaTime;

namespace KeyAccount.Domain.Accounts;

// The commands of the KeyAccount aggregate. Who acts is carried by the command handler's envelope; only opening
// names a person in the command, because the rule (ACC-01) makes that person the account's owner.

/// <summary>A command to the <see cref="AccountDecider"/>: what a host asks the account to do.</summary>
public abstract record AccountCommand
{
    private protected AccountCommand()
    {
    }
}

/// <summary>Opens an account in <see cref="AccountStage.Targeting"/> (ACC-01).</summary>
/// <param name="Account">The new account's identifier.</param>
/// <param name="CompanyName">The customer company's name; trimmed, not empty.</param>
/// <param name="Source">Where the lead came from, e.g. a trade fair; trimmed, not empty.</param>
/// <param name="Owner">The development manager (开发经理) who owns the account.</param>
/// <param name="Screening">The screening that qualified the prospect (KAM-01); required when the host's
/// <see cref="AccountManagement.StrategicCriteriaPolicy"/> names criteria. The decision reads the screening's state from
/// the context (<see cref="Decisions.DecisionContext.WithSource{TState}"/>, GEN-11).</param>
public sealed record OpenAccount(AccountId Account, string CompanyName, string Source, ActorId Owner, AccountManagement.ScreeningId? Screening = null) : AccountCommand;

/// <summary>Records the customer's business profile (ACC-03).</summary>
/// <param name="Profile">The profile.</param>
public sealed record RecordCompanyProfile(CompanyProfile Profile) : AccountCommand;

/// <summary>Records the potential-demand assessment (ACC-03); a verdict of no opportunity terminates the account.</summary>
/// <param name="Assessment">The assessment.</param>
public sealed record AssessPotentialDemand(DemandAssessment Assessment) : AccountCommand;

/// <summary>Moves the account into the next working stage, if its gate is met (ACC-02 … ACC-06).</summary>
/// <remarks>Winning is <see cref="WinAccount"/>, terminating <see cref="TerminateAccount"/>, reactivating <see cref="ReactivateAccount"/>.</remarks>
public sealed record AdvanceStage : AccountCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="target">The stage to enter: one of the four stages between targeting and won.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is targeting, won, terminated or undefined.</exception>
    public AdvanceStage(AccountStage target)
    {
        Preconditions.CheckArgumentRange(AccountPipeline.TriggerFor(target) is not null, nameof(target), target, "Only the stages between targeting and won are entered by advancing.");
        Target = target;
    }

    /// <summary>Gets the stage to enter.</summary>
    public AccountStage Target { get; }
}

/// <summary>Wins the account from <see cref="AccountStage.Closing"/> (ACC-07).</summary>
/// <remarks>The reference is checked against the review's state, which the host supplies with
/// <see cref="Decisions.DecisionContext.WithSource{TState}"/> for <see cref="ContractReviewAggregate.StreamOf"/> (GEN-11).</remarks>
/// <param name="ContractReview">The approved contract review (<see cref="ContractReviewState.Reference"/>); a missing
/// reference is reported as a missing requirement.</param>
public sealed record WinAccount(ContractReviewReference? ContractReview) : AccountCommand;

/// <summary>
/// Records that the approval a won account was won with is withdrawn: its contract was amended and the review re-opened
/// (CR-05, GEN-11). The account stays won. A host calls it when the review records <see cref="ContractAmended"/>; a
/// repeat records nothing.
/// </summary>
/// <remarks>Refused for a review the account was not won with (CR-05); the review's state, supplied with
/// <see cref="Decisions.DecisionContext.WithSource{TState}"/>, must show it amended since or no longer approved (GEN-11).</remarks>
/// <param name="Review">The amended review.</param>
public sealed record WithdrawContractApproval(ContractReviewId Review) : AccountCommand;

/// <summary>
/// Records the review's new approval after a withdrawal (CR-05): the won account relies on the approved review again.
/// </summary>
/// <remarks>The reference must be of the review the account was won with and is checked against the review's state,
/// supplied with <see cref="Decisions.DecisionContext.WithSource{TState}"/> (GEN-11).</remarks>
/// <param name="ContractReview">The review's new reference (<see cref="ContractReviewState.Reference"/>).</param>
public sealed record ReconfirmContractApproval(ContractReviewReference ContractReview) : AccountCommand;

/// <summary>Stops developing an open account.</summary>
/// <param name="Reason">Why; not empty.</param>
public sealed record TerminateAccount(string Reason) : AccountCommand;

/// <summary>Brings a terminated account back into targeting, keeping its history (ACC-12).</summary>
/// <param name="Reason">Why; not empty.</param>
public sealed record ReactivateAccount(string Reason) : AccountCommand;

/// <summary>Adds a contact to the buying centre, or updates one (ACC-08).</summary>
/// <param name="Contact">The contact's identifier.</param>
/// <param name="Name">The contact's name; not empty.</param>
/// <param name="Function">What the contact does.</param>
/// <param name="IsInsider">Whether the contact is our insider (内线, ACC-04).</param>
public sealed record RecordContact(ContactId Contact, string Name, ContactFunction Function, bool IsInsider = false) : AccountCommand;

/// <summary>Sets a contact's authority in a decision area (ACC-08); an area has at most one decision holder.</summary>
/// <param name="Contact">The contact.</param>
/// <param name="Area">The decision area.</param>
/// <param name="Authority">The authority; <see cref="Accounts.Authority.None"/> withdraws it.</param>
public sealed record AssignAuthority(ContactId Contact, DecisionArea Area, Authority Authority) : AccountCommand;

/// <summary>Records a contact's personal details, the decision maker's profile of ACC-04 (personal data, ACC-09).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="Details">The details; replaces earlier ones.</param>
public sealed record RecordDecisionMakerProfile(ContactId Contact, PersonalDetails Details) : AccountCommand;

/// <summary>Records an interaction with a contact (ACC-06, ACC-14).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="On">The day; not after the decision's business date.</param>
/// <param name="Summary">What happened; not empty.</param>
public sealed record RecordInteraction(ContactId Contact, LocalDate On, string Summary) : AccountCommand;

/// <summary>States the customer's needs (需求明确, ACC-04).</summary>
/// <param name="Needs">The needs; not empty.</param>
public sealed record StateNeeds(string Needs) : AccountCommand;

/// <summary>Records a sample the customer asked for (ACC-04).</summary>
/// <param name="Item">What was asked for; not empty.</param>
public sealed record RequestSample(string Item) : AccountCommand;

/// <summary>Records that a requested sample was delivered (ACC-04).</summary>
/// <param name="Item">The requested item.</param>
/// <param name="On">The day of delivery.</param>
public sealed record RecordSampleDelivered(string Item, LocalDate On) : AccountCommand;

/// <summary>Records the value assessment (ACC-05); replaces an earlier one.</summary>
/// <param name="Assessment">The assessment.</param>
public sealed record RecordValueAssessment(ValueAssessment Assessment) : AccountCommand;

/// <summary>Records an executive-level meeting (高层沟通, ACC-07).</summary>
/// <param name="On">The day.</param>
/// <param name="Summary">Who met and what was agreed; not empty.</param>
public sealed record RecordExecutiveMeeting(LocalDate On, string Summary) : AccountCommand;

/// <summary>Records that the customer requires a site or factory audit before buying (验厂, ACC-07).</summary>
public sealed record RequireSiteAudit() : AccountCommand;

/// <summary>Records the outcome of the customer's site or factory audit (ACC-07).</summary>
/// <param name="On">The day of the audit.</param>
/// <param name="Passed">Whether it was passed.</param>
public sealed record RecordSiteAudit(LocalDate On, bool Passed) : AccountCommand;

/// <summary>Records or replaces the analysis of an incumbent supplier (ACC-10).</summary>
/// <param name="Analysis">The analysis.</param>
public sealed record RecordCompetitor(CompetitorAnalysis Analysis) : AccountCommand;

/// <summary>Records the materials the customer uses (材质, ACC-11); replaces the earlier list.</summary>
/// <param name="Materials">The materials; at least one, none empty.</param>
public sealed record RecordMaterials(IReadOnlyList<string> Materials) : AccountCommand;

/// <summary>Reviews a won account's tier from its transactions over the host's review period (ACC-13).</summary>
/// <param name="TransactionAmount">The transaction amount, in the currency of the <see cref="AccountTierPolicy"/>.</param>
/// <param name="TransactionCount">The number of transactions; not negative.</param>
public sealed record ReviewTier(Money TransactionAmount, int TransactionCount) : AccountCommand;

/// <summary>Records a change in the needs of a won account's contact (客户需求的变化, ACC-14).</summary>
/// <param name="Contact">The contact.</param>
/// <param name="On">The day it was learned.</param>
/// <param name="Description">What changed; not empty.</param>
public sealed record RecordNeedsChange(ContactId Contact, LocalDate On, string Description) : AccountCommand;

/// <summary>Plans a customer visit (拜访, VIS-01 … VIS-03).</summary>
/// <param name="Visit">The new visit's identifier.</param>
/// <param name="On">The planned day.</param>
/// <param name="Meeting">The contacts to meet; at least one, all known.</param>
/// <param name="Purpose">The purpose; not empty.</param>
/// <param name="Gift">The gift to take, if any.</param>
public sealed record PlanVisit(VisitId Visit, LocalDate On, IReadOnlyList<ContactId> Meeting, string Purpose, Gift? Gift = null) : AccountCommand;

/// <summary>Records that an item of the visit kit is packed (VIS-01, preparation 1.5).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Item">The item.</param>
public sealed record PackVisitKitItem(VisitId Visit, VisitKitItem Item) : AccountCommand;

/// <summary>Marks a visit ready, if all five preparations are done (VIS-01).</summary>
/// <param name="Visit">The visit.</param>
public sealed record MarkVisitReady(VisitId Visit) : AccountCommand;

/// <summary>Records a visit as made, with what the customer said (VIS-04).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Record">The needs, requirements, opinions and questions; at least one item.</param>
public sealed record CompleteVisit(VisitId Visit, VisitRecord Record) : AccountCommand;

/// <summary>Calls off a planned or ready visit.</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Reason">Why; not empty.</param>
public sealed record CancelVisit(VisitId Visit, string Reason) : AccountCommand;
