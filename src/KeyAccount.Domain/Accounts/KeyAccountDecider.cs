using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Identifiers;
using NodaTime;
using static KeyAccount.Domain.Accounts.AccountRejections;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The KeyAccount aggregate as a decider (ACC-01 … ACC-14, VIS-01 … VIS-04): decides account commands against the
/// state, evolves the state by events, and proposes the commands worth asking about ("what next, and why not").
/// </summary>
/// <remarks>Stateless and thread-safe; use <see cref="Instance"/>.</remarks>
public sealed class KeyAccountDecider :
    IDecider<AccountCommand, AccountEvent, KeyAccountState>,
    ICommandProposer<AccountCommand, KeyAccountState>
{
    private KeyAccountDecider()
    {
    }

    /// <summary>Gets the decider.</summary>
    public static KeyAccountDecider Instance { get; } = new();

    /// <inheritdoc />
    public KeyAccountState Initial => KeyAccountState.Initial;

    /// <inheritdoc />
    public Decision<AccountEvent> Decide(AccountCommand command, KeyAccountState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);

        if (command is OpenAccount open)
        {
            return Open(open, state, context);
        }

        if (!state.IsOpened)
        {
            return Violation("ACC-01", "account.not_opened");
        }

        // ACC-12: a terminated account keeps its history unchanged until it is reactivated; stage commands fall
        // through to the lifecycle table, which refuses them by ACC-02.
        if (state.Stage == AccountStage.Terminated && command is not (ReactivateAccount or AdvanceStage or WinAccount or TerminateAccount))
        {
            return Violation("ACC-12", "account.terminated");
        }

        var today = context.Today;
        return command switch
        {
            RecordCompanyProfile c => RecordProfile(c),
            AssessPotentialDemand c => AssessDemand(c, state, today),
            AdvanceStage c => Advance(c, state),
            WinAccount c => Win(c, state, today),
            TerminateAccount c => Terminate(c, state, today),
            ReactivateAccount c => Reactivate(c, state, today),
            RecordContact c => RecordContact(c),
            AssignAuthority c => AssignAuthority(c, state),
            RecordDecisionMakerProfile c => RecordDecisionMakerProfile(c, state),
            RecordInteraction c => RecordInteraction(c, state, today),
            StateNeeds c => Blank(c.Needs) ? Required("ACC-04", "needs") : Accept(new NeedsStated(c.Needs.Trim())),
            RequestSample c => RequestSample(c, state),
            RecordSampleDelivered c => DeliverSample(c, state, today),
            RecordValueAssessment c => RecordValueAssessment(c),
            RecordExecutiveMeeting c => RecordExecutiveMeeting(c, today),
            RequireSiteAudit => state.SiteAudit == SiteAuditStatus.NotRequired ? Accept(new SiteAuditRequired()) : Accept(),
            RecordSiteAudit c => RecordSiteAudit(c, state, today),
            RecordCompetitor c => RecordCompetitor(c),
            RecordMaterials c => RecordMaterials(c),
            ReviewTier c => ReviewTier(c, state, context.Policy<AccountTierPolicy>()),
            RecordNeedsChange c => RecordNeedsChange(c, state, today),
            PlanVisit c => PlanVisit(c, state, context),
            PackVisitKitItem c => PackKit(c, state),
            MarkVisitReady c => MarkVisitReady(c, state),
            CompleteVisit c => CompleteVisit(c, state, today),
            CancelVisit c => CancelVisit(c, state),
            _ => throw new ArgumentException($"{command.GetType().Name} is not a command of the key account.", nameof(command)),
        };
    }

    /// <inheritdoc />
    public KeyAccountState Evolve(KeyAccountState state, AccountEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(@event);
        return @event switch
        {
            AccountOpened e => state with
            {
                IsOpened = true,
                Account = e.Account,
                CompanyName = e.CompanyName,
                Source = e.Source,
                Owner = e.Owner,
                OpenedOn = e.OpenedOn,
                Stage = AccountPipeline.Lifecycle.Initial,
            },
            CompanyProfileRecorded e => state with { Profile = e.Profile },
            PotentialDemandAssessed e => state with { DemandAssessment = e.Assessment },
            StageAdvanced e => state with { Stage = e.To },
            AccountWon e => state with { Stage = AccountStage.Won, ContractReview = e.ContractReview, WonOn = e.WonOn },
            AccountTerminated e => state with { Stage = AccountStage.Terminated, TerminationReason = e.Reason },
            AccountReactivated => state with { Stage = AccountStage.Targeting, TerminationReason = null },
            ContactRecorded e => state with { Contacts = Upsert(state, e) },
            AuthorityAssigned e => state with { BuyingCentre = state.BuyingCentre.With(e.Contact, e.Area, e.Authority) },
            DecisionMakerProfileRecorded e => WithContact(state, e.Contact, c => c with { Details = e.Details }),
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
            CompetitorAnalysed e => state with { Competitors = Upsert(state.Competitors, e.Analysis) },
            MaterialsRecorded e => state with { Materials = [.. e.Materials] },
            TierChanged e => state with { Tier = e.To },
            NeedsChangeRecorded e => state with
            {
                CustomerFile = state.CustomerFile.Add(new CustomerFileEntry(e.On, CustomerFileEntryKind.NeedsChange, e.Description, null, e.Contact)),
            },
            VisitPlanned e => state with
            {
                Visits = state.Visits.Add(new Visit(e.Visit, e.On, [.. e.Meeting], e.Purpose, e.Gift, VisitStatus.Planned, [])),
            },
            VisitKitItemPacked e => WithVisit(state, e.Visit, v => v with { PackedKit = v.PackedKit.Add(e.Item) }),
            VisitMarkedReady e => WithVisit(state, e.Visit, v => v with { Status = VisitStatus.Ready }),
            VisitCompleted e => Completed(state, e),
            VisitCancelled e => WithVisit(state, e.Visit, v => v with { Status = VisitStatus.Cancelled }),
            _ => throw new ArgumentException($"{@event.GetType().Name} is not an event of the key account.", nameof(@event)),
        };
    }

    /// <summary>
    /// Proposes the moves worth asking about: the next stage (or winning), termination, reactivation, and marking each
    /// planned visit ready. Winning is proposed without a contract review, so that "why not" lists everything missing.
    /// </summary>
    /// <param name="state">The state.</param>
    /// <param name="context">The context.</param>
    /// <returns>The candidate commands.</returns>
    public IEnumerable<AccountCommand> ProposeCommands(KeyAccountState state, DecisionContext context)
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

    // ACC-01
    private static Decision<AccountEvent> Open(OpenAccount c, KeyAccountState state, DecisionContext context)
    {
        if (state.IsOpened)
        {
            return Violation("ACC-01", "account.already_opened", new ErrorDetail("account", state.Account));
        }

        var missing = new List<MissingRequirement>();
        if (Blank(c.CompanyName))
        {
            missing.Add(FieldRequired("companyName"));
        }

        if (Blank(c.Source))
        {
            missing.Add(FieldRequired("source"));
        }

        return missing.Count > 0
            ? Gate("ACC-01", "account.opening_incomplete", missing)
            : Accept(new AccountOpened(c.Account, c.CompanyName.Trim(), c.Source.Trim(), c.Owner, context.Today));
    }

    // ACC-03
    private static Decision<AccountEvent> RecordProfile(RecordCompanyProfile c)
    {
        var p = c.Profile ?? throw new ArgumentException("A profile is required.", nameof(c));
        var missing = new List<MissingRequirement>();
        if (p.OperatingYears < 0)
        {
            missing.Add(Missing("account.value_negative", new ErrorDetail("field", "operatingYears")));
        }

        AddIfBlank(missing, p.Scale, "scale");
        AddIfBlank(missing, p.BusinessSituation, "businessSituation");
        return missing.Count > 0
            ? Gate("ACC-03", "account.company_profile_incomplete", missing)
            : Accept(new CompanyProfileRecorded(new CompanyProfile(p.OperatingYears, p.Scale.Trim(), p.BusinessSituation.Trim())));
    }

    // ACC-03: the assessment belongs to targeting; "no opportunity" ends development with its reason.
    private static Decision<AccountEvent> AssessDemand(AssessPotentialDemand c, KeyAccountState state, LocalDate today)
    {
        var a = c.Assessment ?? throw new ArgumentException("An assessment is required.", nameof(c));
        if (state.Stage != AccountStage.Targeting)
        {
            return Violation("ACC-03", "account.demand_assessment_outside_targeting", new ErrorDetail("stage", state.Stage));
        }

        if (Blank(a.Reason))
        {
            return Required("ACC-03", "reason");
        }

        var assessed = new PotentialDemandAssessed(a with { Reason = a.Reason.Trim() });
        return a.Verdict == OpportunityVerdict.NoOpportunity
            ? Accept(assessed, new AccountTerminated(state.Stage, assessed.Assessment.Reason, today))
            : Accept(assessed);
    }

    // ACC-02 (the table) then the gate of the stage being left (ACC-03 … ACC-06).
    private static Decision<AccountEvent> Advance(AdvanceStage c, KeyAccountState state)
    {
        var trigger = AccountPipeline.TriggerFor(c.Target)!.Value;
        if (AccountPipeline.Lifecycle.Check(state.Stage, trigger) is { } illegal)
        {
            return illegal;
        }

        var row = AccountPipeline.Lifecycle.Find(state.Stage, trigger)!;
        var missing = AccountGates.ToLeave(state);
        return missing.Count > 0
            ? Gate(row.Guards[0], AccountGates.CodeFor(state.Stage), missing)
            : Accept(new StageAdvanced(state.Stage, row.To));
    }

    // ACC-07
    private static Decision<AccountEvent> Win(WinAccount c, KeyAccountState state, LocalDate today)
    {
        if (AccountPipeline.Lifecycle.Check(state.Stage, PipelineTrigger.Win) is { } illegal)
        {
            return illegal;
        }

        var missing = AccountGates.ToLeave(state, c.ContractReview);
        return missing.Count > 0 || c.ContractReview is null
            ? Gate("ACC-07", AccountGates.CodeFor(AccountStage.Closing), missing)
            : Accept(new AccountWon(c.ContractReview, today));
    }

    private static Decision<AccountEvent> Terminate(TerminateAccount c, KeyAccountState state, LocalDate today)
    {
        if (AccountPipeline.Lifecycle.Check(state.Stage, PipelineTrigger.Terminate) is { } illegal)
        {
            return illegal;
        }

        return Blank(c.Reason) ? Required("ACC-02", "reason") : Accept(new AccountTerminated(state.Stage, c.Reason.Trim(), today));
    }

    // ACC-12
    private static Decision<AccountEvent> Reactivate(ReactivateAccount c, KeyAccountState state, LocalDate today)
    {
        if (AccountPipeline.Lifecycle.Check(state.Stage, PipelineTrigger.Reactivate) is { } illegal)
        {
            return illegal;
        }

        return Blank(c.Reason) ? Required("ACC-12", "reason") : Accept(new AccountReactivated(c.Reason.Trim(), today));
    }

    // ACC-08
    private static Decision<AccountEvent> RecordContact(RecordContact c) =>
        Blank(c.Name) ? Required("ACC-08", "name") : Accept(new ContactRecorded(c.Contact, c.Name.Trim(), c.Function, c.IsInsider));

    // ACC-08: each area has at most one decision holder; the matrix, not the caller, makes a contact key.
    private static Decision<AccountEvent> AssignAuthority(AssignAuthority c, KeyAccountState state)
    {
        if (UnknownContact(state, c.Contact) is { } unknown)
        {
            return unknown;
        }

        if (state.BuyingCentre.AuthorityOf(c.Contact, c.Area) == c.Authority)
        {
            return Accept();
        }

        if (c.Authority == Authority.Decision && state.BuyingCentre.DecisionHolder(c.Area) is { } holder && holder != c.Contact)
        {
            return Violation(
                "ACC-08",
                "account.area_has_decision_holder",
                new ErrorDetail("area", c.Area.Name),
                new ErrorDetail("holder", state.FindContact(holder)?.Name ?? holder.ToString()));
        }

        return Accept(new AuthorityAssigned(c.Contact, c.Area, c.Authority));
    }

    // ACC-04, ACC-09
    private static Decision<AccountEvent> RecordDecisionMakerProfile(RecordDecisionMakerProfile c, KeyAccountState state)
    {
        if (UnknownContact(state, c.Contact) is { } unknown)
        {
            return unknown;
        }

        return c.Details is null || c.Details.IsEmpty
            ? Violation("ACC-04", "account.profile_empty")
            : Accept(new DecisionMakerProfileRecorded(c.Contact, c.Details));
    }

    // ACC-06, ACC-14
    private static Decision<AccountEvent> RecordInteraction(RecordInteraction c, KeyAccountState state, LocalDate today)
    {
        if (UnknownContact(state, c.Contact) is { } unknown)
        {
            return unknown;
        }

        if (Blank(c.Summary))
        {
            return Required("ACC-06", "summary");
        }

        return InFuture("ACC-06", c.On, today) ?? Accept(new InteractionRecorded(c.Contact, c.On, c.Summary.Trim()));
    }

    // ACC-04
    private static Decision<AccountEvent> RequestSample(RequestSample c, KeyAccountState state)
    {
        if (Blank(c.Item))
        {
            return Required("ACC-04", "item");
        }

        return state.Samples.Exists(s => SameText(s.Item, c.Item)) ? Accept() : Accept(new SampleRequested(c.Item.Trim()));
    }

    // ACC-04
    private static Decision<AccountEvent> DeliverSample(RecordSampleDelivered c, KeyAccountState state, LocalDate today)
    {
        var sample = Blank(c.Item) ? null : state.Samples.Find(s => SameText(s.Item, c.Item));
        if (sample is null)
        {
            return Violation("ACC-04", "account.sample_not_requested", new ErrorDetail("item", c.Item ?? string.Empty));
        }

        return InFuture("ACC-04", c.On, today) ?? Accept(new SampleDelivered(sample.Item, c.On));
    }

    // ACC-05
    private static Decision<AccountEvent> RecordValueAssessment(RecordValueAssessment c)
    {
        var a = c.Assessment ?? throw new ArgumentException("An assessment is required.", nameof(c));
        var missing = new List<MissingRequirement>();
        if (a.WinProbabilityPercent is < 0 or > 100)
        {
            missing.Add(Missing("account.win_probability_out_of_range", new ErrorDetail("winProbabilityPercent", a.WinProbabilityPercent)));
        }

        var obstacles = Clean(a.Obstacles);
        if (obstacles.Count == 0)
        {
            missing.Add(FieldRequired("obstacles"));
        }

        if (a.ExpectedCost.Amount < 0)
        {
            missing.Add(Missing("account.value_negative", new ErrorDetail("field", "expectedCost")));
        }

        AddIfBlank(missing, a.DevelopmentPlan, "developmentPlan");
        return missing.Count > 0
            ? Gate("ACC-05", "account.value_assessment_incomplete", missing)
            : Accept(new ValueAssessed(new ValueAssessment(a.WinProbabilityPercent, obstacles, a.ExpectedCost, a.DevelopmentPlan.Trim())));
    }

    // ACC-07
    private static Decision<AccountEvent> RecordExecutiveMeeting(RecordExecutiveMeeting c, LocalDate today) =>
        Blank(c.Summary) ? Required("ACC-07", "summary") : InFuture("ACC-07", c.On, today) ?? Accept(new ExecutiveMeetingHeld(c.On, c.Summary.Trim()));

    // ACC-07
    private static Decision<AccountEvent> RecordSiteAudit(RecordSiteAudit c, KeyAccountState state, LocalDate today) =>
        state.SiteAudit == SiteAuditStatus.NotRequired
            ? Violation("ACC-07", "account.site_audit_not_required")
            : InFuture("ACC-07", c.On, today) ?? Accept(new SiteAuditRecorded(c.On, c.Passed));

    // ACC-10
    private static Decision<AccountEvent> RecordCompetitor(RecordCompetitor c)
    {
        var a = c.Analysis ?? throw new ArgumentException("An analysis is required.", nameof(c));
        var missing = new List<MissingRequirement>();
        AddIfBlank(missing, a.Supplier, "supplier");
        AddIfBlank(missing, a.Price, "price");
        AddIfBlank(missing, a.Quality, "quality");
        AddIfBlank(missing, a.Service, "service");
        AddIfBlank(missing, a.LeadTime, "leadTime");
        AddIfBlank(missing, a.PaymentTerms, "paymentTerms");
        AddIfBlank(missing, a.IndustryInfluence, "industryInfluence");
        AddIfBlank(missing, a.Reputation, "reputation");
        var weaknesses = Clean(a.Weaknesses);
        if (weaknesses.Count == 0)
        {
            missing.Add(FieldRequired("weaknesses"));
        }

        return missing.Count > 0
            ? Gate("ACC-10", "account.competitor_analysis_incomplete", missing)
            : Accept(new CompetitorAnalysed(new CompetitorAnalysis(
                a.Supplier.Trim(), a.Price.Trim(), a.Quality.Trim(), a.Service.Trim(), a.LeadTime.Trim(), a.PaymentTerms.Trim(),
                a.IndustryInfluence.Trim(), a.Reputation.Trim(), weaknesses)));
    }

    // ACC-11
    private static Decision<AccountEvent> RecordMaterials(RecordMaterials c)
    {
        var materials = Clean(c.Materials).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return materials.Count == 0 ? Violation("ACC-11", "account.materials_required") : Accept(new MaterialsRecorded(materials));
    }

    // ACC-13: a tier belongs to a won account and follows the host's thresholds; only a change is an event.
    private static Decision<AccountEvent> ReviewTier(ReviewTier c, KeyAccountState state, AccountTierPolicy policy)
    {
        if (state.Stage != AccountStage.Won)
        {
            return Violation("ACC-13", "account.tier_before_won", new ErrorDetail("stage", state.Stage));
        }

        if (c.TransactionAmount.Currency != policy.TierAAmount.Currency)
        {
            return Violation("ACC-13", "account.tier_currency_mismatch", new ErrorDetail("currency", c.TransactionAmount.Currency), new ErrorDetail("policyCurrency", policy.TierAAmount.Currency));
        }

        if (c.TransactionAmount.Amount < 0 || c.TransactionCount < 0)
        {
            return Violation("ACC-13", "account.value_negative", new ErrorDetail("field", c.TransactionCount < 0 ? "transactionCount" : "transactionAmount"));
        }

        var tier = policy.TierOf(c.TransactionAmount, c.TransactionCount);
        return tier == state.Tier ? Accept() : Accept(new TierChanged(state.Tier, tier, c.TransactionAmount, c.TransactionCount));
    }

    // ACC-14
    private static Decision<AccountEvent> RecordNeedsChange(RecordNeedsChange c, KeyAccountState state, LocalDate today)
    {
        if (state.Stage != AccountStage.Won)
        {
            return Violation("ACC-14", "account.maintenance_before_won", new ErrorDetail("stage", state.Stage));
        }

        if (UnknownContact(state, c.Contact) is { } unknown)
        {
            return unknown;
        }

        return Blank(c.Description)
            ? Required("ACC-14", "description")
            : InFuture("ACC-14", c.On, today) ?? Accept(new NeedsChangeRecorded(c.Contact, c.On, c.Description.Trim()));
    }

    // VIS-01 (a well-formed plan), VIS-02 (a modest gift), VIS-03 (no gift to the owner but a festival gift).
    private static Decision<AccountEvent> PlanVisit(PlanVisit c, KeyAccountState state, DecisionContext context)
    {
        if (state.FindVisit(c.Visit) is not null)
        {
            return Violation("VIS-01", "visit.already_planned", new ErrorDetail("visit", c.Visit));
        }

        var meeting = (c.Meeting ?? []).Distinct().ToList();
        if (meeting.Count == 0)
        {
            return Required("VIS-01", "meeting");
        }

        foreach (var contact in meeting)
        {
            if (UnknownContact(state, contact) is { } unknown)
            {
                return unknown;
            }
        }

        if (Blank(c.Purpose))
        {
            return Required("VIS-01", "purpose");
        }

        if (c.Gift is { } gift && CheckGift(gift, c.On, meeting, state, context) is { } refused)
        {
            return refused;
        }

        var planned = c.Gift is null ? null : c.Gift with { Description = c.Gift.Description.Trim() };
        return Accept(new VisitPlanned(c.Visit, c.On, meeting, c.Purpose.Trim(), planned));
    }

    private static RuleViolation? CheckGift(Gift gift, LocalDate on, List<ContactId> meeting, KeyAccountState state, DecisionContext context)
    {
        var policy = context.Policy<GiftPolicy>();
        if (Blank(gift.Description))
        {
            return Required("VIS-02", "gift");
        }

        if (gift.Value.Currency != policy.Ceiling.Currency)
        {
            return Violation("VIS-02", "visit.gift_currency_mismatch", new ErrorDetail("currency", gift.Value.Currency), new ErrorDetail("ceilingCurrency", policy.Ceiling.Currency));
        }

        if (gift.Value > policy.Ceiling)
        {
            return Violation("VIS-02", "visit.gift_over_ceiling", new ErrorDetail("value", gift.Value), new ErrorDetail("ceiling", policy.Ceiling));
        }

        if (gift.IsFestivalGift)
        {
            // A festival gift marks an important holiday: the visit falls on a public holiday or shortly before one.
            var festival = Enumerable.Range(0, Math.Max(0, policy.FestivalLeadDays) + 1).Any(d => context.Calendar.IsHoliday(on.PlusDays(d)));
            return festival ? null : Violation("VIS-03", "visit.no_festival", new ErrorDetail("date", on), new ErrorDetail("leadDays", policy.FestivalLeadDays));
        }

        var owner = meeting.Select(state.FindContact).FirstOrDefault(c => c?.Function == ContactFunction.Owner);
        return owner is null ? null : Violation("VIS-03", "visit.gift_for_owner", new ErrorDetail("contact", owner.Name));
    }

    // VIS-01: the kit is packed while the visit is being prepared.
    private static Decision<AccountEvent> PackKit(PackVisitKitItem c, KeyAccountState state)
    {
        if (state.FindVisit(c.Visit) is not { } visit)
        {
            return UnknownVisit(c.Visit);
        }

        if (visit.Status != VisitStatus.Planned)
        {
            return Violation("VIS-01", "visit.not_in_preparation", new ErrorDetail("status", visit.Status));
        }

        return visit.PackedKit.Contains(c.Item) ? Accept() : Accept(new VisitKitItemPacked(c.Visit, c.Item));
    }

    // VIS-01
    private static Decision<AccountEvent> MarkVisitReady(MarkVisitReady c, KeyAccountState state)
    {
        if (state.FindVisit(c.Visit) is not { } visit)
        {
            return UnknownVisit(c.Visit);
        }

        if (VisitLifecycle.Lifecycle.Check(visit.Status, VisitTrigger.MarkReady) is { } illegal)
        {
            return illegal;
        }

        var missing = AccountGates.VisitPreparations(state, visit);
        return missing.Count > 0 ? Gate("VIS-01", "visit.preparations_incomplete", missing) : Accept(new VisitMarkedReady(c.Visit));
    }

    // VIS-04
    private static Decision<AccountEvent> CompleteVisit(CompleteVisit c, KeyAccountState state, LocalDate today)
    {
        if (state.FindVisit(c.Visit) is not { } visit)
        {
            return UnknownVisit(c.Visit);
        }

        if (VisitLifecycle.Lifecycle.Check(visit.Status, VisitTrigger.Complete) is { } illegal)
        {
            return illegal;
        }

        if (today < visit.On)
        {
            return Violation("VIS-04", "visit.before_planned_day", new ErrorDetail("plannedOn", visit.On), new ErrorDetail("today", today));
        }

        var r = c.Record ?? throw new ArgumentException("A record is required.", nameof(c));
        var record = new VisitRecord(Clean(r.Needs), Clean(r.Requirements), Clean(r.Opinions), Clean(r.Questions));
        return record.IsEmpty ? Violation("VIS-04", "visit.record_empty") : Accept(new VisitCompleted(c.Visit, today, record));
    }

    private static Decision<AccountEvent> CancelVisit(CancelVisit c, KeyAccountState state)
    {
        if (state.FindVisit(c.Visit) is not { } visit)
        {
            return UnknownVisit(c.Visit);
        }

        if (VisitLifecycle.Lifecycle.Check(visit.Status, VisitTrigger.Cancel) is { } illegal)
        {
            return illegal;
        }

        return Blank(c.Reason) ? Required("VIS-01", "reason") : Accept(new VisitCancelled(c.Visit, c.Reason.Trim()));
    }

    private static KeyAccountState Completed(KeyAccountState state, VisitCompleted e)
    {
        var visited = WithVisit(state, e.Visit, v => v with { Status = VisitStatus.Completed });
        var visit = visited.FindVisit(e.Visit)!;
        var file = visited.CustomerFile.AddRange(
            e.Record.Needs.Select(t => (CustomerFileEntryKind.Need, t))
                .Concat(e.Record.Requirements.Select(t => (CustomerFileEntryKind.Requirement, t)))
                .Concat(e.Record.Opinions.Select(t => (CustomerFileEntryKind.Opinion, t)))
                .Concat(e.Record.Questions.Select(t => (CustomerFileEntryKind.Question, t)))
                .Select(x => new CustomerFileEntry(e.On, x.Item1, x.t, e.Visit, null)));

        // A visit is an interaction with everyone met (ACC-06, ACC-14).
        var interactions = visited.Interactions.AddRange(visit.Meeting.Select(id => new Interaction(id, e.On, "Visit: " + visit.Purpose)));
        return visited with { CustomerFile = file, Interactions = interactions };
    }

    private static KeyAccountState WithContact(KeyAccountState state, ContactId id, Func<Contact, Contact> change)
    {
        var contact = state.FindContact(id) ?? throw new ArgumentException($"Contact {id} is not in the account.", nameof(id));
        return state with { Contacts = state.Contacts.Replace(contact, change(contact)) };
    }

    private static KeyAccountState WithVisit(KeyAccountState state, VisitId id, Func<Visit, Visit> change)
    {
        var visit = state.FindVisit(id) ?? throw new ArgumentException($"Visit {id} is not in the account.", nameof(id));
        return state with { Visits = state.Visits.Replace(visit, change(visit)) };
    }

    private static ImmutableList<Contact> Upsert(KeyAccountState state, ContactRecorded e) =>
        state.FindContact(e.Contact) is { } existing
            ? state.Contacts.Replace(existing, existing with { Name = e.Name, Function = e.Function, IsInsider = e.IsInsider })
            : state.Contacts.Add(new Contact(e.Contact, e.Name, e.Function, e.IsInsider, new PersonalDetails()));

    private static ImmutableList<CompetitorAnalysis> Upsert(
        ImmutableList<CompetitorAnalysis> competitors, CompetitorAnalysis analysis)
    {
        var index = competitors.FindIndex(c => SameText(c.Supplier, analysis.Supplier));
        return index < 0 ? competitors.Add(analysis) : competitors.SetItem(index, analysis);
    }

    private static RuleViolation? UnknownContact(KeyAccountState state, ContactId contact) =>
        state.FindContact(contact) is null ? Violation("ACC-08", "account.contact_unknown", new ErrorDetail("contact", contact)) : null;

    private static RuleViolation UnknownVisit(VisitId visit) => Violation("VIS-01", "visit.unknown", new ErrorDetail("visit", visit));

    private static RuleViolation? InFuture(RuleId rule, LocalDate date, LocalDate today) =>
        date > today ? Violation(rule, "account.date_in_future", new ErrorDetail("date", date), new ErrorDetail("today", today)) : null;

    private static void AddIfBlank(List<MissingRequirement> missing, string? text, string field)
    {
        if (Blank(text))
        {
            missing.Add(FieldRequired(field));
        }
    }

    private static List<string> Clean(IReadOnlyList<string>? texts) =>
        (texts ?? []).Where(t => !Blank(t)).Select(t => t.Trim()).ToList();

    private static bool Blank([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] string? text) => string.IsNullOrWhiteSpace(text);

    private static bool SameText(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static LocalDate Later(LocalDate? a, LocalDate b) => a is { } x && x > b ? x : b;

    private static Decision<AccountEvent> Accept(params AccountEvent[] events) => Decision<AccountEvent>.Accept(events);
}
