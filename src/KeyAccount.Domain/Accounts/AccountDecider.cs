using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;
using static KeyAccount.Domain.Accounts.AccountDecisions;
using static KeyAccount.Domain.Accounts.AccountRejections;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The KeyAccount aggregate as a decider (ACC-01 … ACC-14, VIS-01 … VIS-04): decides account commands against the
/// state, evolves the state by events, and proposes the commands worth asking about ("what next, and why not").
/// </summary>
/// <remarks>
/// <para>The pipeline's table (<see cref="AccountAggregate.Definition"/>) decides every stage change; the rules of the
/// pipeline's facts are in <see cref="AccountPipelineRules"/>, those of the visits inside the account (with their own
/// table, <c>account-visit</c>) in <see cref="AccountVisitRules"/>.</para>
/// <para>Stateless and thread-safe; use <see cref="Instance"/>.</para>
/// </remarks>
internal sealed class AccountDecider :
    LifecycleDecider<AccountCommand, AccountEvent, AccountState, AccountStage, AccountTrigger>,
    ICommandProposer<AccountCommand, AccountState>
{
    private AccountDecider()
        : base(AccountState.Initial, AccountLifecycle.Table, s => s.Stage, (s, status) => s with { Stage = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static AccountDecider Instance { get; } = new();

    /// <inheritdoc />
    /// <exception cref="ArgumentException">A stage advance names a stage that is not entered by advancing.</exception>
    public override AccountTrigger? TriggerOf(AccountEvent @event) => @event switch
    {
        AccountOpened => AccountTrigger.Open,
        StageAdvanced e => AccountPipeline.TriggerFor(e.To)
            ?? throw new ArgumentException($"{e.To} is not a stage entered by advancing.", nameof(@event)),
        AccountWon => AccountTrigger.Win,
        ContractApprovalWithdrawn or ContractApprovalReconfirmed => null,
        AccountTerminated => AccountTrigger.Terminate,
        AccountReactivated => AccountTrigger.Reactivate,
        CompanyProfileRecorded or PotentialDemandAssessed or ContactRecorded or AuthorityAssigned
            or DecisionMakerProfileRecorded or InteractionRecorded or NeedsStated or SampleRequested or SampleDelivered
            or ValueAssessed or ExecutiveMeetingHeld or SiteAuditRequired or SiteAuditRecorded or CompetitorAnalysed
            or MaterialsRecorded or TierChanged or NeedsChangeRecorded or VisitPlanned or VisitKitItemPacked
            or VisitMarkedReady or VisitCompleted or VisitCancelled => null,
        _ => throw new ArgumentException($"{@event?.GetType().Name} is not an event of the key account.", nameof(@event)),
    };

    /// <inheritdoc />
    /// <remarks>Opening an account already opened fires no trigger, so that it is refused as
    /// <c>account.already_opened</c> (ACC-01, the rule the table also names for it).</remarks>
    public override AccountTrigger? TriggerOf(AccountCommand command, AccountState state) => command switch
    {
        OpenAccount when state.IsOpened => null,
        OpenAccount => AccountTrigger.Open,
        AdvanceStage c => AccountPipeline.TriggerFor(c.Target),
        WinAccount => AccountTrigger.Win,
        TerminateAccount => AccountTrigger.Terminate,
        ReactivateAccount => AccountTrigger.Reactivate,
        null => throw new ArgumentNullException(nameof(command)),
        _ => null,
    };

    /// <summary>
    /// Proposes the moves worth asking about: the next stage (or winning), termination, reactivation, and marking each
    /// planned visit ready. Winning is proposed without a contract review, so that "why not" lists everything missing.
    /// </summary>
    /// <param name="state">The state.</param>
    /// <param name="context">The context.</param>
    /// <returns>The candidate commands.</returns>
    public IEnumerable<AccountCommand> ProposeCommands(AccountState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsOpened)
        {
            yield break;
        }

        if (AccountPipeline.Next(state.Stage) is { } next)
        {
            yield return next == AccountStage.Won ? new WinAccount(null) : new AdvanceStage(next);
            yield return new TerminateAccount("Development stopped");
        }

        if (state.Stage == AccountStage.Terminated)
        {
            yield return new ReactivateAccount("Development resumed");
        }

        foreach (var visit in state.Visits.Where(v => v.Status == VisitStatus.Planned))
        {
            yield return new MarkVisitReady(visit.Id);
        }
    }

    /// <inheritdoc />
    private protected override Decision<AccountEvent> DecideData(AccountCommand command, AccountState state, DecisionContext context)
    {
        if (command is OpenAccount open)
        {
            return AccountPipelineRules.Open(open, state, context);
        }

        if (!state.IsOpened)
        {
            return Violation("ACC-01", "account.not_opened");
        }

        // ACC-12: a terminated account keeps its history unchanged until it is reactivated; the table has already
        // refused every stage command but reactivation.
        if (state.Stage == AccountStage.Terminated && command is not ReactivateAccount)
        {
            return Violation("ACC-12", "account.terminated");
        }

        var today = context.Today;
        return command switch
        {
            RecordCompanyProfile c => AccountPipelineRules.RecordProfile(c),
            AssessPotentialDemand c => AccountPipelineRules.AssessDemand(c, state, today),
            AdvanceStage c => AccountPipelineRules.Advance(c, state),
            WinAccount c => AccountPipelineRules.Win(c, state, context),
            WithdrawContractApproval c => AccountApprovalRules.Withdraw(c, state, context),
            ReconfirmContractApproval c => AccountApprovalRules.Reconfirm(c, state, context),
            TerminateAccount c => AccountPipelineRules.Terminate(c, state, today),
            ReactivateAccount c => AccountPipelineRules.Reactivate(c, today),
            RecordContact c => AccountRelationshipRules.RecordContact(c),
            AssignAuthority c => AccountRelationshipRules.AssignAuthority(c, state),
            RecordDecisionMakerProfile c => AccountRelationshipRules.RecordDecisionMakerProfile(c, state),
            RecordInteraction c => AccountRelationshipRules.RecordInteraction(c, state, today),
            StateNeeds c => AccountPipelineRules.StateNeeds(c),
            RequestSample c => AccountPipelineRules.RequestSample(c, state),
            RecordSampleDelivered c => AccountPipelineRules.DeliverSample(c, state, today),
            RecordValueAssessment c => AccountPipelineRules.RecordValueAssessment(c),
            RecordExecutiveMeeting c => AccountPipelineRules.RecordExecutiveMeeting(c, today),
            RequireSiteAudit => state.SiteAudit == SiteAuditStatus.NotRequired ? Accept(new SiteAuditRequired()) : Accept(),
            RecordSiteAudit c => AccountPipelineRules.RecordSiteAudit(c, state, today),
            RecordCompetitor c => AccountPipelineRules.RecordCompetitor(c),
            RecordMaterials c => AccountPipelineRules.RecordMaterials(c),
            ReviewTier c => AccountRelationshipRules.ReviewTier(c, state, context.Policy<AccountTierPolicy>()),
            RecordNeedsChange c => AccountRelationshipRules.RecordNeedsChange(c, state, today),
            PlanVisit c => AccountVisitRules.Plan(c, state, context),
            PackVisitKitItem c => AccountVisitRules.PackKit(c, state),
            MarkVisitReady c => AccountVisitRules.MarkReady(c, state),
            CompleteVisit c => AccountVisitRules.Complete(c, state, today),
            CancelVisit c => AccountVisitRules.Cancel(c, state),
            _ => throw new ArgumentException($"{command.GetType().Name} is not a command of the key account.", nameof(command)),
        };
    }

    /// <inheritdoc />
    private protected override AccountState Fold(AccountState state, AccountEvent @event) => @event switch
    {
        AccountOpened e => state with { Account = e.Account, CompanyName = e.CompanyName, Source = e.Source, Owner = e.Owner, OpenedOn = e.OpenedOn, Screening = e.Screening },
        CompanyProfileRecorded e => state with { Profile = e.Profile },
        PotentialDemandAssessed e => state with { DemandAssessment = e.Assessment },
        StageAdvanced => state,
        AccountWon e => state with { ContractReview = e.ContractReview, WonOn = e.WonOn },
        ContractApprovalWithdrawn e => AccountApprovalRules.Withdrawn(state, e),
        ContractApprovalReconfirmed e => AccountApprovalRules.Reconfirmed(state, e),
        AccountTerminated e => state with { TerminationReason = e.Reason },
        AccountReactivated => state with { TerminationReason = null },
        ContactRecorded e => state with { Contacts = AccountRelationshipRules.Upsert(state, e) },
        AuthorityAssigned e => state with { BuyingCentre = state.BuyingCentre.With(e.Contact, e.Area, e.Authority) },
        DecisionMakerProfileRecorded e => AccountRelationshipRules.WithContact(state, e.Contact, c => c with { Details = e.Details }),
        InteractionRecorded e => state with { Interactions = state.Interactions.Add(new Interaction(e.Contact, e.On, e.Summary)) },
        NeedsStated e => state with { Needs = e.Needs },
        SampleRequested e => state with { Samples = state.Samples.Add(new SampleRequest(e.Item, null)) },
        SampleDelivered e => state with
        {
            Samples = state.Samples.Select(s => SameText(s.Item, e.Item) ? s with { DeliveredOn = e.On } : s).ToImmutableList(),
        },
        ValueAssessed e => state with { ValueAssessment = e.Assessment },
        ExecutiveMeetingHeld e => state with { LastExecutiveMeetingOn = Later(state.LastExecutiveMeetingOn, e.On) },
        SiteAuditRequired => state with { SiteAudit = SiteAuditStatus.Pending },
        SiteAuditRecorded e => state with { SiteAudit = e.Passed ? SiteAuditStatus.Passed : SiteAuditStatus.Failed },
        CompetitorAnalysed e => state with { Competitors = AccountPipelineRules.Upsert(state.Competitors, e.Analysis) },
        MaterialsRecorded e => state with { Materials = [.. e.Materials] },
        TierChanged e => state with { Tier = e.To },
        NeedsChangeRecorded e => state with
        {
            CustomerFile = state.CustomerFile.Add(new CustomerFileEntry(e.On, CustomerFileEntryKind.NeedsChange, e.Description, null, e.Contact)),
        },
        VisitPlanned e => AccountVisitRules.Planned(state, e),
        VisitKitItemPacked e => AccountVisitRules.WithVisit(state, e.Visit, v => v with { PackedKit = v.PackedKit.Add(e.Item) }),
        VisitMarkedReady e => AccountVisitRules.Moved(state, e.Visit, VisitTrigger.MarkReady),
        VisitCompleted e => AccountVisitRules.Completed(state, e),
        VisitCancelled e => AccountVisitRules.Moved(state, e.Visit, VisitTrigger.Cancel),
        _ => throw new ArgumentException($"{@event.GetType().Name} is not an event of the key account.", nameof(@event)),
    };
}
