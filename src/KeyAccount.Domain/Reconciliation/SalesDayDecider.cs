using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;

namespace KeyAccount.Domain.Reconciliation;

/// <summary>
/// Decides the commands of a sales day (日日平帐): entries go to an open day; the day is reconciled against the
/// remittance notices (REC-01, REC-02); it closes only when balanced or when every discrepancy is explained and signed
/// off by the site manager (REC-03); a closed day is immutable, and a late or corrected entry goes to an open day with
/// a reference to the original (REC-04).
/// </summary>
public sealed class SalesDayDecider : IDecider<SalesDayCommand, SalesDayEvent, SalesDayState>, ICommandProposer<SalesDayCommand, SalesDayState>
{
    private static readonly StateMachines.Lifecycle<SalesDayStatus, SalesDayTrigger> Table = SalesDayLifecycle.Table;

    /// <inheritdoc />
    public SalesDayState Initial => SalesDayState.Initial;

    /// <inheritdoc />
    public Decision<SalesDayEvent> Decide(SalesDayCommand command, SalesDayState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        if (command is OpenSalesDay open)
        {
            return state.IsOpened
                ? Violation("REC-04", "sales_day.already_opened", new ErrorDetail("date", state.Date))
                : Decision<SalesDayEvent>.Accept(new SalesDayOpened(open.Day, open.Site, open.Date, open.SiteManager));
        }

        if (!state.IsOpened)
        {
            // REC-04: entries and reconciliations belong to an open day.
            return Violation("REC-04", "sales_day.not_opened");
        }

        if (state.Status == SalesDayStatus.Closed)
        {
            // REC-04: a closed day is immutable; a late or corrected entry goes to an open day with a reference.
            return Violation("REC-04", "sales_day.closed", new ErrorDetail("date", state.Date));
        }

        return command switch
        {
            PostEntry post => Post(post, state),
            RecordReconciliation reconcile => Reconcile(reconcile, state),
            ExplainDiscrepancy explain => Explain(explain, state),
            CloseSalesDay close => Close(close, state),
            _ => throw new ArgumentException($"{command.GetType().Name} is not a sales-day command.", nameof(command)),
        };
    }

    /// <inheritdoc />
    public SalesDayState Evolve(SalesDayState state, SalesDayEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            SalesDayOpened e => state with
            {
                IsOpened = true, Day = e.Day, Site = e.Site, Date = e.Date, SiteManager = e.SiteManager, Status = SalesDayStatus.Open,
            },
            EntryPosted => state with { EntryCount = state.EntryCount + 1, Status = SalesDayStatus.Open },
            SalesDayReconciled e => state with
            {
                Status = SalesDayStatus.Reconciled, MatchedCount = e.MatchedCount, Discrepancies = e.Discrepancies, Explained = [],
            },
            DiscrepancyExplained e => state with { Explained = state.Explained.Add(e.Discrepancy) },
            SalesDayClosed => state with { Status = SalesDayStatus.Closed },
            null => throw new ArgumentNullException(nameof(@event)),
            _ => throw new ArgumentException($"{@event.GetType().Name} is not a sales-day event.", nameof(@event)),
        };
    }

    /// <inheritdoc />
    public IEnumerable<SalesDayCommand> ProposeCommands(SalesDayState state, DecisionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.IsOpened && state.Status == SalesDayStatus.Reconciled)
        {
            yield return new CloseSalesDay(state.SiteManager);
        }
    }

    private static Decision<SalesDayEvent> Post(PostEntry command, SalesDayState state)
    {
        if (Table.Check(state.Status, SalesDayTrigger.PostEntry) is { } refused)
        {
            return refused;
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
        if (Table.Check(state.Status, SalesDayTrigger.Reconcile) is { } refused)
        {
            return refused;
        }

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
        if (Table.Check(state.Status, SalesDayTrigger.ExplainDiscrepancy) is { } refused)
        {
            return refused;
        }

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
        if (Table.Check(state.Status, SalesDayTrigger.Close) is { } refused)
        {
            return refused;
        }

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
