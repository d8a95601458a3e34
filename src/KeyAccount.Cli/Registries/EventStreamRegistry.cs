using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Accounts;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Negotiations;
using KeyAccount.Domain.Quality;
using KeyAccount.Domain.Reconciliation;
using KeyAccount.Domain.Sales;
using SubscriptionContractRegistered = KeyAccount.Domain.Sales.ContractRegistered;

namespace KeyAccount.Cli.Registries;

/// <summary>The event streams the <c>validate</c> command can check, one line per aggregate: the family's
/// serializer, decider, lifecycle table, how to read the status from a state and the trigger each event records.</summary>
/// <remarks>An event maps to the lifecycle trigger of the command that emits it (the deciders' own command-to-trigger
/// maps); an event that moves no status and is not a row of the table (e.g. the creation of an aggregate whose table
/// starts in its first status, or a negotiation's records between phase changes) maps to none.</remarks>
internal static class EventStreamRegistry
{
    /// <summary>Gets every registered aggregate, ordered by name.</summary>
    public static IReadOnlyList<IEventStreamValidator> All { get; } = new IEventStreamValidator[]
    {
        new EventStreamValidator<AccountCommand, AccountEvent, KeyAccountState, AccountStage, PipelineTrigger>(
            "account-pipeline", AccountEvents.Serializer, KeyAccountDecider.Instance, AccountPipeline.Lifecycle, s => s.Stage, Triggers.Of),
        new EventStreamValidator<ComplaintCommand, ComplaintEvent, ComplaintState, ComplaintStatus, ComplaintTrigger>(
            "complaint", ComplaintEvents.Serializer, ComplaintDecider.Instance, ComplaintDecider.Lifecycle, s => s.Status, Triggers.Of),
        new EventStreamValidator<ContractReviewCommand, ContractReviewEvent, ContractReviewState, ContractReviewStatus, ContractReviewTrigger>(
            "contract-review", ContractReviewEvents.Serializer, ContractReviewDecider.Instance, ContractReviewDecider.Lifecycle, s => s.Status, Triggers.Of),
        new EventStreamValidator<NegotiationCommand, NegotiationEvent, NegotiationPlan, NegotiationPhase, NegotiationTrigger>(
            "negotiation-plan", NegotiationEventCatalog.Serializer, NegotiationPlanDecider.Instance, NegotiationLifecycle.Table, s => s.Phase, Triggers.Of),
        new EventStreamValidator<SalesDayCommand, SalesDayEvent, SalesDayState, SalesDayStatus, SalesDayTrigger>(
            "sales-day", SalesDayEvent.Serializer, new SalesDayDecider(), SalesDayLifecycle.Table, s => s.Status, Triggers.Of),
        new EventStreamValidator<SalesProjectCommand, SalesProjectEvent, SalesProjectState, SalesProjectStatus, SalesProjectTrigger>(
            "sales-project", SalesProjectEvents.Serializer, SalesProjectDecider.Instance, SalesProjectDecider.Lifecycle, s => s.Status, Triggers.Of),
        new EventStreamValidator<SigningNoticeCommand, SigningNoticeEvent, SigningNoticeBundleState, SigningNoticeBundleStatus, SigningNoticeBundleTrigger>(
            "signing-notice-bundle", SigningNoticeEvents.Serializer, SigningNoticeBundleDecider.Instance, SigningNoticeBundleDecider.Lifecycle, s => s.Status, Triggers.Of),
        new EventStreamValidator<SiteItemCommand, SiteItemEvent, SiteItemState, SiteItemStatus, SiteItemTrigger>(
            "site-item", SiteItemEvents.Serializer, SiteItemDecider.Instance, SiteItemDecider.Lifecycle, s => s.Status, Triggers.Of),
        new EventStreamValidator<SiteVisitCommand, SiteVisitEvent, SiteVisitState, SiteVisitStatus, SiteVisitTrigger>(
            "site-visit", SiteVisitEvents.Serializer, SiteVisitDecider.Instance, SiteVisitDecider.Lifecycle, s => s.Status, Triggers.Of),
        new EventStreamValidator<SubscriptionCommand, SubscriptionEvent, SubscriptionState, SubscriptionStatus, SubscriptionTrigger>(
            "subscription", SubscriptionEvents.Serializer, SubscriptionDecider.Instance, SubscriptionLifecycle.Table, s => s.Status, Triggers.Of),
        new EventStreamValidator<UnitCommand, UnitEvent, UnitState, UnitStatus, UnitTrigger>(
            "unit", UnitEvents.Serializer, UnitDecider.Instance, UnitLifecycle.Table, s => s.Status, Triggers.Of),
    }.OrderBy(v => v.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Finds an aggregate by name.</summary>
    /// <param name="name">The name, e.g. <c>sales-day</c>.</param>
    /// <returns>The validator, or null.</returns>
    public static IEventStreamValidator? Find(string name) => All.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the aggregate whose catalogue knows an event type name.</summary>
    /// <param name="wireName">The <c>type</c> of an envelope, e.g. <c>sales_day.opened.v1</c>.</param>
    /// <returns>The validator, or null.</returns>
    public static IEventStreamValidator? ForEventType(string wireName) => All.FirstOrDefault(v => v.Knows(wireName));

    /// <summary>The lifecycle trigger each event records: the trigger of the command that emits it.</summary>
    private static class Triggers
    {
        /// <summary>The opening creates the account (already in <c>Targeting</c>) and fires none; a stage advance fires the entry of the stage it reaches.</summary>
        public static PipelineTrigger? Of(AccountEvent e) => e switch
        {
            StageAdvanced { To: AccountStage.SamplesAndIntelligence } => PipelineTrigger.EnterSamplesAndIntelligence,
            StageAdvanced { To: AccountStage.ValueAssessment } => PipelineTrigger.EnterValueAssessment,
            StageAdvanced { To: AccountStage.RelationshipBuilding } => PipelineTrigger.EnterRelationshipBuilding,
            StageAdvanced { To: AccountStage.Closing } => PipelineTrigger.EnterClosing,
            AccountWon => PipelineTrigger.Win,
            AccountTerminated => PipelineTrigger.Terminate,
            AccountReactivated => PipelineTrigger.Reactivate,
            _ => null,
        };

        /// <summary>The opening event creates the day (already <c>Open</c>) and fires none.</summary>
        public static SalesDayTrigger? Of(SalesDayEvent e) => e switch
        {
            EntryPosted => SalesDayTrigger.PostEntry,
            SalesDayReconciled => SalesDayTrigger.Reconcile,
            DiscrepancyExplained => SalesDayTrigger.ExplainDiscrepancy,
            SalesDayClosed => SalesDayTrigger.Close,
            _ => null,
        };

        /// <summary>The receipt creates the complaint (already <c>Received</c>) and fires none; a verification records
        /// whether the action worked.</summary>
        public static ComplaintTrigger? Of(ComplaintEvent e) => e switch
        {
            ComplaintInvestigated => ComplaintTrigger.Investigate,
            CorrectiveActionRequested => ComplaintTrigger.RequestAction,
            CorrectiveActionImplemented => ComplaintTrigger.ImplementAction,
            EffectivenessVerified { Effective: true } => ComplaintTrigger.VerifyEffective,
            EffectivenessVerified => ComplaintTrigger.FindIneffective,
            ComplaintClosed => ComplaintTrigger.Close,
            _ => null,
        };

        /// <summary>The opening creates the review (already <c>Registered</c>) and fires none.</summary>
        public static ContractReviewTrigger? Of(ContractReviewEvent e) => e switch
        {
            RequirementsDetermined => ContractReviewTrigger.DetermineRequirements,
            ReviewStarted => ContractReviewTrigger.StartReview,
            VerdictRecorded => ContractReviewTrigger.RecordVerdict,
            ReviewIssueRaised => ContractReviewTrigger.RaiseIssue,
            ReviewIssueResolved => ContractReviewTrigger.ResolveIssue,
            ContractReviewApproved => ContractReviewTrigger.Approve,
            ContractReviewRejected => ContractReviewTrigger.Reject,
            ContractAmended => ContractReviewTrigger.Amend,
            FulfilmentDecided => ContractReviewTrigger.DecideFulfilment,
            _ => null,
        };

        /// <summary>Only a phase change moves the plan, and it names its trigger; every other event records something
        /// within the phase.</summary>
        public static NegotiationTrigger? Of(NegotiationEvent e) => e is PhaseChanged changed ? changed.Trigger : null;

        /// <summary>Every project event is a row of the table.</summary>
        public static SalesProjectTrigger? Of(SalesProjectEvent e) => e switch
        {
            ProjectRegistered => SalesProjectTrigger.Register,
            LaunchRescheduled => SalesProjectTrigger.Reschedule,
            PreparationCompleted => SalesProjectTrigger.CompletePreparation,
            SalesOpened => SalesProjectTrigger.Open,
            _ => null,
        };

        /// <summary>Every signing-notice event is a row of the table.</summary>
        public static SigningNoticeBundleTrigger? Of(SigningNoticeEvent e) => e switch
        {
            SigningNoticeFiled => SigningNoticeBundleTrigger.File,
            SigningNoticesHandedOver => SigningNoticeBundleTrigger.HandOver,
            _ => null,
        };

        /// <summary>Every site-item event is a row of the table.</summary>
        public static SiteItemTrigger? Of(SiteItemEvent e) => e switch
        {
            ItemPurchaseRequested => SiteItemTrigger.RequestPurchase,
            ItemReceived => SiteItemTrigger.Receive,
            ItemHandedOver => SiteItemTrigger.HandOver,
            _ => null,
        };

        /// <summary>Every visit event is a row of the table.</summary>
        public static SiteVisitTrigger? Of(SiteVisitEvent e) => e switch
        {
            VisitRegistered => SiteVisitTrigger.Arrive,
            CustomerInformationRecorded => SiteVisitTrigger.RecordInformation,
            MemberCardIssued => SiteVisitTrigger.IssueMemberCard,
            VisitConverted => SiteVisitTrigger.Convert,
            VisitClosedWithoutDeal => SiteVisitTrigger.CloseWithoutDeal,
            _ => null,
        };

        /// <summary>Every subscription event is a row of the table; a retention attempt records whether the customer
        /// stayed, and a completion records what was completed.</summary>
        public static SubscriptionTrigger? Of(SubscriptionEvent e) => e switch
        {
            SubscriptionDrafted => SubscriptionTrigger.Draft,
            PaymentReceived => SubscriptionTrigger.Pay,
            SubscriptionStamped => SubscriptionTrigger.Stamp,
            SigningNoticeTermsSigned => SubscriptionTrigger.SignNoticeTerms,
            PreSaleContractSigned => SubscriptionTrigger.SignContract,
            SubscriptionContractRegistered => SubscriptionTrigger.Register,
            CancellationRequested => SubscriptionTrigger.RequestCancellation,
            RetentionAttempted { Retained: true } => SubscriptionTrigger.CustomerRetained,
            RetentionAttempted => SubscriptionTrigger.RetentionFailed,
            CancellationApproved => SubscriptionTrigger.ApproveCancellation,
            DocumentHandedBack => SubscriptionTrigger.HandBackDocument,
            DocumentLost => SubscriptionTrigger.ReportDocumentLost,
            SubscriptionCancelled => SubscriptionTrigger.CompleteCancellation,
            SubscriptionRenamed => SubscriptionTrigger.CompleteRename,
            SubscriptionUnitChanged => SubscriptionTrigger.CompleteUnitChange,
            ReturnRequested => SubscriptionTrigger.RequestReturn,
            ContractDeregistered => SubscriptionTrigger.Deregister,
            PurchaseReturned => SubscriptionTrigger.CompleteReturn,
            RefundPaid => SubscriptionTrigger.PayRefund,
            _ => null,
        };

        /// <summary>Every unit event is a row of the table.</summary>
        public static UnitTrigger? Of(UnitEvent e) => e switch
        {
            UnitListed => UnitTrigger.List,
            UnitHeld => UnitTrigger.Hold,
            UnitReleased => UnitTrigger.Release,
            _ => null,
        };
    }
}
