using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.StateMachines;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// Decides the commands of a sales day (日日平帐): entries go to an open day; the day is reconciled against the
/// remittance notices (REC-01, REC-02); it closes only when balanced or when every discrepancy is explained and signed
/// off by the site manager (REC-03); a closed day is immutable, and a late or corrected entry goes to an open day with
/// a reference to the original (REC-04).
/// </summary>
/// <remarks>The table (<see cref="SalesDayLifecycle"/>) decides every status: a command whose trigger it does not allow
/// from the day's status is refused with the rule it names for that trigger.</remarks>
public sealed class SalesDayDecider
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
        EntryPosted => SalesDayTrigger.PostEntry,
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
        PostEntry when state.Status == SalesDayStatus.Closed => null,
        PostEntry => SalesDayTrigger.PostEntry,
        RecordReconciliation => SalesDayTrigger.Reconcile,
        ExplainDiscrepancy => SalesDayTrigger.ExplainDiscrepancy,
        CloseSalesDay => SalesDayTrigger.Close,
        _ => throw new ArgumentException($"{command?.GetType().Name} is not a sales-day command.", nameof(command)),
    };

    /// <inheritdoc />
    public IEnumerable<SalesDayCommand> ProposeCommands(SalesDayState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status == SalesDayStatus.Reconciled)
        {
            yield return new CloseSalesDay(state.SiteManager);
        }
    }

    /// <inheritdoc />
    private protected override Decision<SalesDayEvent> DecideData(SalesDayCommand command, SalesDayState state, DecisionContext context) => command switch
    {
        OpenSalesDay open => Decision<SalesDayEvent>.Accept(new SalesDayOpened(open.Day, open.Site, open.Date, open.SiteManager)),
        PostEntry when state.Status == SalesDayStatus.Closed =>
            // REC-04: a closed day is immutable; a late or corrected entry goes to an open day with a reference.
            Violation("REC-04", "sales_day.closed", new ErrorDetail("date", state.Date)),
        PostEntry post => Post(post, state),
        RecordReconciliation reconcile => Reconcile(reconcile, state),
        ExplainDiscrepancy explain => Explain(explain, state),
        CloseSalesDay close => Close(close, state),
        _ => throw new ArgumentException($"{command.GetType().Name} is not a sales-day command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override SalesDayState Fold(SalesDayState state, SalesDayEvent @event) => @event switch
    {
        SalesDayOpened e => state with { Day = e.Day, Site = e.Site, Date = e.Date, SiteManager = e.SiteManager },
        EntryPosted => state with { EntryCount = state.EntryCount + 1 },
        SalesDayReconciled e => state with { MatchedCount = e.MatchedCount, Discrepancies = e.Discrepancies, Explained = [] },
        DiscrepancyExplained e => state with { Explained = state.Explained.Add(e.Discrepancy) },
        SalesDayClosed => state,
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a sales-day event.", nameof(@event)),
    };

    private static Decision<SalesDayEvent> Post(PostEntry command, SalesDayState state)
    {
        if (MoneyEntry.Check("entry", command.Amount, mayBeNegative: true) is { } amount)
        {
            return amount;
        }

        if (command.Corrects is { } original && original.Day == state.Day)
        {
            // REC-04: a correction refers to an entry of another day; within the open day the entry is simply posted.
            return Violation("REC-04", "sales_day.correction_of_same_day", new ErrorDetail("reference", original.Reference));
        }

        return Decision<SalesDayEvent>.Accept(new EntryPosted(command.Reference, command.Kind, command.Amount, command.Corrects));
    }

    private static Decision<SalesDayEvent> Reconcile(RecordReconciliation command, SalesDayState state)
    {
        if (command.Date != state.Date)
        {
            // REC-01: the day is reconciled against its own payments and notices.
            return Violation("REC-01", "sales_day.report_for_other_date", new ErrorDetail("reportDate", command.Date), new ErrorDetail("date", state.Date));
        }

        if (command.MatchedCount < 0)
        {
            return Violation("REC-02", "sales_day.negative_matched_count", new ErrorDetail("matchedCount", command.MatchedCount));
        }

        return Decision<SalesDayEvent>.Accept(new SalesDayReconciled(command.MatchedCount, [.. command.Discrepancies.Distinct()]));
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
