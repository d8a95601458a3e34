using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;
using NodaTime;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// Decides the commands of a sales day (日日平帐): payments and notice copies are posted to an open day (SUB-05); the
/// day reconciles its own entries with the package's <see cref="Reconciler"/> (REC-01, REC-02, REC-06); it closes only when balanced or when every discrepancy is explained and signed
/// off by the site manager (REC-03); a closed day is immutable, and a late or corrected entry goes to an open day with
/// a reference to the original (REC-04).
/// </summary>
/// <remarks>The table (<see cref="SalesDayLifecycle"/>) decides every status: a command whose trigger it does not allow
/// from the day's status is refused with the rule it names for that trigger.</remarks>
internal sealed class SalesDayDecider
    : LifecycleDecider<SalesDayCommand, SalesDayEvent, SalesDayState, SalesDayStatus, SalesDayTrigger>, ICommandProposer<SalesDayCommand, SalesDayState>
{
    private SalesDayDecider()
        : base(SalesDayState.Initial, SalesDayLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static SalesDayDecider Instance { get; } = new();

    /// <inheritdoc />
    /// <remarks>Every sales-day event fires a row of the table.</remarks>
    public override SalesDayTrigger? TriggerOf(SalesDayEvent @event) => @event switch
    {
        SalesDayOpened => SalesDayTrigger.Open,
        PaymentPosted or NoticeCopyPosted => SalesDayTrigger.PostEntry,
        SalesDayReconciled => SalesDayTrigger.Reconcile,
        DiscrepancyExplained => SalesDayTrigger.ExplainDiscrepancy,
        SalesDayClosed => SalesDayTrigger.Close,
        _ => throw new ArgumentException($"{@event?.GetType().Name} is not a sales-day event.", nameof(@event)),
    };

    /// <inheritdoc />
    /// <remarks>An entry posted to a closed day fires no trigger: it is refused by REC-04, the rule the table names
    /// for it, with the day's date and the way to post a late or corrected entry.</remarks>
    public override SalesDayTrigger? TriggerOf(SalesDayCommand command, SalesDayState state) => command switch
    {
        OpenSalesDay => SalesDayTrigger.Open,
        PostPayment or PostNoticeCopy when state.Status == SalesDayStatus.Closed => null,
        PostPayment or PostNoticeCopy => SalesDayTrigger.PostEntry,
        ReconcileSalesDay => SalesDayTrigger.Reconcile,
        ExplainDiscrepancy => SalesDayTrigger.ExplainDiscrepancy,
        CloseSalesDay => SalesDayTrigger.Close,
        _ => throw new ArgumentException($"{command?.GetType().Name} is not a sales-day command.", nameof(command)),
    };

    /// <inheritdoc />
    public IEnumerable<SalesDayCommand> ProposeCommands(SalesDayState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status == SalesDayStatus.Open)
        {
            yield return new ReconcileSalesDay();
        }

        if (state.Status == SalesDayStatus.Reconciled)
        {
            yield return new CloseSalesDay(state.SiteManager);
        }
    }

    /// <inheritdoc />
    private protected override Decision<SalesDayEvent> DecideData(SalesDayCommand command, SalesDayState state, DecisionContext context) => command switch
    {
        OpenSalesDay open => Decision<SalesDayEvent>.Accept(new SalesDayOpened(open.Day, open.Site, open.Date, open.SiteManager, open.Mode)),
        PostPayment or PostNoticeCopy when state.Status == SalesDayStatus.Closed =>
            // REC-04: a closed day is immutable; a late or corrected entry goes to an open day with a reference.
            Violation("REC-04", "sales_day.closed", new ErrorDetail("date", state.Date)),
        PostPayment post => Post(post.Notice, post.Amount, state.Date, post.Corrects, state)
            ?? Decision<SalesDayEvent>.Accept(new PaymentPosted(post.Notice, post.Amount, post.Channel, post.Collector, post.Corrects)),
        PostNoticeCopy post => Post(post.Notice, post.Amount, post.BusinessDate, post.Corrects, state)
            ?? Decision<SalesDayEvent>.Accept(new NoticeCopyPosted(post.Notice, post.Copy, post.BusinessDate, post.Amount, post.Corrects)),
        ReconcileSalesDay => Reconcile(state),
        ExplainDiscrepancy explain => Explain(explain, state),
        CloseSalesDay close => Close(close, state),
        _ => throw new ArgumentException($"{command.GetType().Name} is not a sales-day command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override SalesDayState Fold(SalesDayState state, SalesDayEvent @event) => @event switch
    {
        SalesDayOpened e => state with { Day = e.Day, Site = e.Site, Date = e.Date, SiteManager = e.SiteManager, Mode = e.Mode },
        PaymentPosted e => state with { Payments = state.Payments.Add(e) },
        NoticeCopyPosted e => state with { Copies = state.Copies.Add(e) },
        SalesDayReconciled e => state with { MatchedCount = e.MatchedCount, Discrepancies = e.Discrepancies, Explained = [] },
        DiscrepancyExplained e => state with { Explained = state.Explained.Add(e.Discrepancy) },
        SalesDayClosed => state,
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a sales-day event.", nameof(@event)),
    };

    private static RuleViolation? Post(RemittanceNoticeNumber notice, Money amount, LocalDate date, EntryReference? corrects, SalesDayState state)
    {
        if (notice == default)
        {
            // REC-06: the day reconciles entries by their notice number (SUB-05).
            return Violation("REC-06", "sales_day.notice_number_required");
        }

        if (MoneyEntry.Check("entry", amount, mayBeNegative: true) is { } refused)
        {
            return refused;
        }

        if (!SalesDayRecords.Fits(amount, date))
        {
            // REC-06: what is posted must be what the day's reconciler can read.
            return Violation("REC-06", "sales_day.entry_not_reconcilable", new ErrorDetail("reference", notice), new ErrorDetail("amount", amount), new ErrorDetail("date", date));
        }

        if (corrects is { } original && original.Day == state.Day)
        {
            // REC-04: a correction refers to an entry of another day; within the open day the entry is simply posted.
            return Violation("REC-04", "sales_day.correction_of_same_day", new ErrorDetail("reference", original.Reference));
        }

        return null;
    }

    private static Decision<SalesDayEvent> Reconcile(SalesDayState state)
    {
        if (SalesDayRecords.FirstUnfit(state) is { } unfit)
        {
            return Violation("REC-06", "sales_day.entry_not_reconcilable", new ErrorDetail("reference", unfit.Notice), new ErrorDetail("amount", unfit.Amount), new ErrorDetail("date", unfit.Date));
        }

        ReconciliationReport report;
        try
        {
            report = SalesDayRecords.Reconcile(state);
        }
        catch (OverflowException)
        {
            return Violation("REC-06", "sales_day.totals_out_of_range", new ErrorDetail("entries", state.EntryCount));
        }

        // REC-06: the report is the reconciler's over the day's own entries, never a host's word (REC-01, REC-02).
        var discrepancies = report.Days.SelectMany(d => d.Discrepancies)
            .Select(d => new ReportedDiscrepancy(d.Kind, RemittanceNoticeNumber.From(d.Reference)));
        return Decision<SalesDayEvent>.Accept(new SalesDayReconciled((int)report.MatchedCount, [.. discrepancies]));
    }

    private static Decision<SalesDayEvent> Explain(ExplainDiscrepancy command, SalesDayState state)
    {
        if (!state.Discrepancies.Contains(command.Discrepancy))
        {
            return Violation("REC-03", "sales_day.unknown_discrepancy", new ErrorDetail("kind", command.Discrepancy.Kind), new ErrorDetail("reference", command.Discrepancy.Reference));
        }

        if (string.IsNullOrWhiteSpace(command.Explanation))
        {
            return Violation("REC-03", "sales_day.explanation_required", new ErrorDetail("reference", command.Discrepancy.Reference));
        }

        if (command.SignedOffBy != state.SiteManager)
        {
            return Violation("REC-03", "sales_day.site_manager_signs_off", new ErrorDetail("actor", command.SignedOffBy), new ErrorDetail("siteManager", state.SiteManager));
        }

        return Decision<SalesDayEvent>.Accept(new DiscrepancyExplained(command.Discrepancy, command.Explanation.Trim(), command.SignedOffBy));
    }

    private static Decision<SalesDayEvent> Close(CloseSalesDay command, SalesDayState state)
    {
        if (command.By != state.SiteManager)
        {
            return Violation("REC-03", "sales_day.site_manager_signs_off", new ErrorDetail("actor", command.By), new ErrorDetail("siteManager", state.SiteManager));
        }

        var unexplained = state.Unexplained;
        if (!unexplained.IsEmpty)
        {
            // REC-03: every discrepancy is explained and signed off before the day closes.
            return new RequirementsMissing(
                "REC-03",
                "sales_day.unexplained_discrepancies",
                ReconciliationMessages.Source,
                unexplained.Select(d => new MissingRequirement("sales_day.discrepancy_to_explain", ReconciliationMessages.Source, new ErrorDetail("kind", d.Kind), new ErrorDetail("reference", d.Reference))).ToList());
        }

        return Decision<SalesDayEvent>.Accept(new SalesDayClosed(command.By, state.Discrepancies.IsEmpty));
    }

    private static RuleViolation Violation(string rule, string code, params ErrorDetail[] details) =>
        new(rule, code, ReconciliationMessages.Source, details);
}
