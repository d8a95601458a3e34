using System;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.ContractReviews;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using NodaTime;
using static KeyAccount.Domain.Accounts.AccountDecisions;
using static KeyAccount.Domain.Accounts.AccountRejections;

namespace KeyAccount.Domain.Accounts;

/// <summary>
/// The rules of the account pipeline (ACC-01 … ACC-07, ACC-10 … ACC-12): opening, the facts each stage's gate reads,
/// and the stage moves whose rows the table has already allowed.
/// </summary>
internal static class AccountPipelineRules
{
    // ACC-01, KAM-01
    internal static Decision<AccountEvent> Open(OpenAccount c, AccountState state, DecisionContext context)
    {
        if (state.IsOpened)
        {
            return Violation("ACC-01", "account.already_opened", new ErrorDetail("account", state.Account));
        }

        var texts = new RequiredTexts();
        var companyName = texts.Take(c.CompanyName, "companyName");
        var source = texts.Take(c.Source, "source");
        if (texts.Missing.Count > 0)
        {
            return Gate("ACC-01", "account.opening_incomplete", texts.Missing);
        }

        return AccountScreening.Check(c, companyName, context)
            ?? Accept(new AccountOpened(c.Account, companyName, source, c.Owner, context.Today, c.Screening));
    }

    // ACC-03
    internal static Decision<AccountEvent> RecordProfile(RecordCompanyProfile c)
    {
        var p = c.Profile ?? throw new ArgumentException("A profile is required.", nameof(c));
        var texts = new RequiredTexts();
        if (p.OperatingYears < 0)
        {
            texts.Add(Missing("account.value_negative", new ErrorDetail("field", "operatingYears")));
        }

        var scale = texts.Take(p.Scale, "scale");
        var situation = texts.Take(p.BusinessSituation, "businessSituation");
        return texts.Missing.Count > 0
            ? Gate("ACC-03", "account.company_profile_incomplete", texts.Missing)
            : Accept(new CompanyProfileRecorded(new CompanyProfile(p.OperatingYears, scale, situation)));
    }

    // ACC-03: the assessment belongs to targeting; "no opportunity" ends development with its reason.
    internal static Decision<AccountEvent> AssessDemand(AssessPotentialDemand c, AccountState state, LocalDate today)
    {
        var a = c.Assessment ?? throw new ArgumentException("An assessment is required.", nameof(c));
        if (state.Stage != AccountStage.Targeting)
        {
            return Violation("ACC-03", "account.demand_assessment_outside_targeting", new ErrorDetail("stage", state.Stage));
        }

        if (!NonBlankText.TryCreate(a.Reason, out var reason))
        {
            return Required("ACC-03", "reason");
        }

        var assessed = new PotentialDemandAssessed(a with { Reason = reason });
        return a.Verdict == OpportunityVerdict.NoOpportunity
            ? Accept(assessed, new AccountTerminated(state.Stage, reason, today))
            : Accept(assessed);
    }

    // The table allowed the move (ACC-02); the gate of the stage being left decides (ACC-03 … ACC-06).
    internal static Decision<AccountEvent> Advance(AdvanceStage c, AccountState state)
    {
        var row = AccountLifecycle.Table.Find(state.Stage, AccountPipeline.TriggerFor(c.Target)!.Value)!;
        var missing = AccountGates.ToLeave(state);
        return missing.Count > 0
            ? Gate(row.Guards[0], AccountGates.CodeFor(state.Stage), missing)
            : Accept(new StageAdvanced(state.Stage, row.To));
    }

    // GEN-11 first: the reference must be borne out by the review's state from the context; then ACC-07's gate.
    internal static Decision<AccountEvent> Win(WinAccount c, AccountState state, DecisionContext context)
    {
        if (c.ContractReview is { } reference && ContractReviewEvidence.Check(context, reference, state.Account) is { } refusal)
        {
            return refusal;
        }

        var today = context.Today;
        var missing = AccountGates.ToLeave(state, c.ContractReview);
        return missing.Count > 0 || c.ContractReview is null
            ? Gate("ACC-07", AccountGates.CodeFor(AccountStage.Closing), missing)
            : Accept(new AccountWon(c.ContractReview, today));
    }

    internal static Decision<AccountEvent> Terminate(TerminateAccount c, AccountState state, LocalDate today) =>
        NonBlankText.TryCreate(c.Reason, out var reason) ? Accept(new AccountTerminated(state.Stage, reason, today)) : Required("ACC-02", "reason");

    // ACC-12
    internal static Decision<AccountEvent> Reactivate(ReactivateAccount c, LocalDate today) =>
        NonBlankText.TryCreate(c.Reason, out var reason) ? Accept(new AccountReactivated(reason, today)) : Required("ACC-12", "reason");

    // ACC-04
    internal static Decision<AccountEvent> StateNeeds(StateNeeds c) =>
        NonBlankText.TryCreate(c.Needs, out var needs) ? Accept(new NeedsStated(needs)) : Required("ACC-04", "needs");

    // ACC-04
    internal static Decision<AccountEvent> RequestSample(RequestSample c, AccountState state)
    {
        if (!NonBlankText.TryCreate(c.Item, out var item))
        {
            return Required("ACC-04", "item");
        }

        return state.Samples.Exists(s => SameText(s.Item, item)) ? Accept() : Accept(new SampleRequested(item));
    }

    // ACC-04
    internal static Decision<AccountEvent> DeliverSample(RecordSampleDelivered c, AccountState state, LocalDate today)
    {
        var sample = NonBlankText.TryCreate(c.Item, out var item) ? state.Samples.Find(s => SameText(s.Item, item)) : null;
        if (sample is null)
        {
            return Violation("ACC-04", "account.sample_not_requested", new ErrorDetail("item", c.Item ?? string.Empty));
        }

        return InFuture("ACC-04", c.On, today) ?? Accept(new SampleDelivered(sample.Item, c.On));
    }

    // ACC-05
    internal static Decision<AccountEvent> RecordValueAssessment(RecordValueAssessment c)
    {
        var a = c.Assessment ?? throw new ArgumentException("An assessment is required.", nameof(c));
        var texts = new RequiredTexts();
        if (a.WinProbabilityPercent is < 0 or > 100)
        {
            texts.Add(Missing("account.win_probability_out_of_range", new ErrorDetail("winProbabilityPercent", a.WinProbabilityPercent)));
        }

        var obstacles = Clean(a.Obstacles);
        if (obstacles.Count == 0)
        {
            texts.Add(FieldRequired("obstacles"));
        }

        // GEN-09 for the digits; a negative cost is one of the gate's missing items below.
        if (MoneyEntry.Check("expectedCost", a.ExpectedCost, mayBeNegative: true) is { } cost)
        {
            return cost;
        }

        if (a.ExpectedCost.Amount < 0)
        {
            texts.Add(Missing("account.value_negative", new ErrorDetail("field", "expectedCost")));
        }

        var plan = texts.Take(a.DevelopmentPlan, "developmentPlan");
        return texts.Missing.Count > 0
            ? Gate("ACC-05", "account.value_assessment_incomplete", texts.Missing)
            : Accept(new ValueAssessed(new ValueAssessment(a.WinProbabilityPercent, obstacles, a.ExpectedCost, plan)));
    }

    // ACC-07
    internal static Decision<AccountEvent> RecordExecutiveMeeting(RecordExecutiveMeeting c, LocalDate today) =>
        NonBlankText.TryCreate(c.Summary, out var summary)
            ? InFuture("ACC-07", c.On, today) ?? Accept(new ExecutiveMeetingHeld(c.On, summary))
            : Required("ACC-07", "summary");

    // ACC-07
    internal static Decision<AccountEvent> RecordSiteAudit(RecordSiteAudit c, AccountState state, LocalDate today) =>
        state.SiteAudit == SiteAuditStatus.NotRequired
            ? Violation("ACC-07", "account.site_audit_not_required")
            : InFuture("ACC-07", c.On, today) ?? Accept(new SiteAuditRecorded(c.On, c.Passed));

    // ACC-10
    internal static Decision<AccountEvent> RecordCompetitor(RecordCompetitor c)
    {
        var a = c.Analysis ?? throw new ArgumentException("An analysis is required.", nameof(c));
        var texts = new RequiredTexts();
        var analysis = new CompetitorAnalysis(
            texts.Take(a.Supplier, "supplier"),
            texts.Take(a.Price, "price"),
            texts.Take(a.Quality, "quality"),
            texts.Take(a.Service, "service"),
            texts.Take(a.LeadTime, "leadTime"),
            texts.Take(a.PaymentTerms, "paymentTerms"),
            texts.Take(a.IndustryInfluence, "industryInfluence"),
            texts.Take(a.Reputation, "reputation"),
            Clean(a.Weaknesses));
        if (analysis.Weaknesses.Count == 0)
        {
            texts.Add(FieldRequired("weaknesses"));
        }

        return texts.Missing.Count > 0
            ? Gate("ACC-10", "account.competitor_analysis_incomplete", texts.Missing)
            : Accept(new CompetitorAnalysed(analysis));
    }

    // ACC-11
    internal static Decision<AccountEvent> RecordMaterials(RecordMaterials c)
    {
        var materials = Clean(c.Materials).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return materials.Count == 0 ? Violation("ACC-11", "account.materials_required") : Accept(new MaterialsRecorded(materials));
    }

    /// <summary>Replaces the analysis of the same supplier, or adds it (ACC-10).</summary>
    internal static ImmutableList<CompetitorAnalysis> Upsert(ImmutableList<CompetitorAnalysis> competitors, CompetitorAnalysis analysis)
    {
        var index = competitors.FindIndex(c => SameText(c.Supplier, analysis.Supplier));
        return index < 0 ? competitors.Add(analysis) : competitors.SetItem(index, analysis);
    }
}
