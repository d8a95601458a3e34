using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Primitives;
using KeyAccount.Domain.Decisions;
using static KeyAccount.Domain.Negotiations.NegotiationMessages;
using static KeyAccount.Domain.Negotiations.NegotiationRules;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The rules of bargaining (NEG-05 … NEG-07): disputes, agenda settlements, concessions, bottom-line revisions, strategy adjustments and the gate of a preliminary agreement.</summary>
internal static class NegotiationBargainingRules
{
    internal static Decision<NegotiationEvent> RaiseDispute(RaiseDispute c, NegotiationPlan state)
    {
        if (string.IsNullOrWhiteSpace(c.Subject))
        {
            return Violation("NEG-07", "negotiation.dispute_subject_required");
        }

        if (state.Disputes.Exists(d => d.Id == c.Dispute))
        {
            return Violation("NEG-07", "negotiation.dispute_already_raised", new ErrorDetail("dispute", c.Dispute));
        }

        return Accept(new DisputeRaised(c.Dispute, c.Subject.Trim()));
    }

    // NEG-07: a dispute or agenda item leaves the table agreed or explicitly deferred; a later settlement replaces an earlier one.
    internal static Decision<NegotiationEvent> SettleDispute(SettleDispute c, NegotiationPlan state)
    {
        if (!state.Disputes.Exists(d => d.Id == c.Dispute))
        {
            return Violation("NEG-07", "negotiation.dispute_unknown", new ErrorDetail("dispute", c.Dispute));
        }

        return c.Settlement is Settlement.Agreed or Settlement.Deferred
            ? Accept(new DisputeSettled(c.Dispute, c.Settlement, Clean(c.Note)))
            : Violation("NEG-07", "negotiation.settlement_required");
    }

    internal static Decision<NegotiationEvent> SettleAgendaItem(SettleAgendaItem c, NegotiationPlan state)
    {
        if (!state.Agenda.Exists(a => a.Item.Id == c.Item))
        {
            return Violation("NEG-07", "negotiation.agenda_item_unknown", new ErrorDetail("item", c.Item));
        }

        return c.Settlement is Settlement.Agreed or Settlement.Deferred
            ? Accept(new AgendaItemSettled(c.Item, c.Settlement, Clean(c.Note)))
            : Violation("NEG-07", "negotiation.settlement_required");
    }

    // NEG-05: a concession moves our position towards the bottom line and never past the one in force.
    internal static Decision<NegotiationEvent> MakeConcession(MakeConcession c, NegotiationPlan state)
    {
        if (MoneyEntry.Check("concession", c.Amount) is { } amount)
        {
            return amount;
        }

        if (state.FindObjective(c.Objective) is not { } progress)
        {
            return UnknownObjective("NEG-05", c.Objective);
        }

        var objective = progress.Objective;
        if (c.Amount is null || !c.Amount.IsComparableWith(progress.Position))
        {
            return Violation("NEG-05", "negotiation.concession_unit_mismatch", new ErrorDetail("metric", objective.Metric), new ErrorDetail("unit", progress.Position.Unit));
        }

        if (c.Amount.Value <= 0m)
        {
            return Violation("NEG-05", "negotiation.concession_not_positive", new ErrorDetail("amount", c.Amount));
        }

        Measure? position;
        try
        {
            position = objective.Preference == Preference.Higher ? progress.Position.Minus(c.Amount) : progress.Position.Plus(c.Amount);
        }
        catch (OverflowException)
        {
            // A position beyond the range of decimal lies past any bottom line.
            position = null;
        }

        if (position is null || objective.IsBetter(progress.BottomLine, position))
        {
            return Violation("NEG-05", "negotiation.concession_crosses_bottom_line", new ErrorDetail("metric", objective.Metric), new ErrorDetail("position", position), new ErrorDetail("bottomLine", progress.BottomLine));
        }

        return Accept(new ConcessionMade(c.Objective, c.Amount, position, Clean(c.Note)));
    }

    // NEG-05: a revision is approved by someone with the authority, has a reason, stays on the right side of the
    // target (NEG-02) and does not leave our current position already past it.
    internal static Decision<NegotiationEvent> ReviseBottomLine(ReviseBottomLine c, NegotiationPlan state, DecisionContext context)
    {
        if (MoneyEntry.Check("bottomLine", c.Revised) is { } revised)
        {
            return revised;
        }

        if (state.FindObjective(c.Objective) is not { } progress)
        {
            return UnknownObjective("NEG-05", c.Objective);
        }

        var objective = progress.Objective;
        if (c.Revised is null || !c.Revised.IsComparableWith(progress.BottomLine))
        {
            return Violation("NEG-02", "negotiation.units_differ", new ErrorDetail("metric", objective.Metric));
        }

        if (string.IsNullOrWhiteSpace(c.Reason))
        {
            return Violation("NEG-05", "negotiation.revision_reason_required");
        }

        if (!context.Policy<BottomLineAuthority>().MayApprove(c.Approver, state))
        {
            return Violation("NEG-05", "negotiation.revision_not_authorised", new ErrorDetail("approver", c.Approver.Value));
        }

        if (objective.IsBetter(c.Revised, objective.Target))
        {
            return WrongSide(objective.Metric, objective.Target, c.Revised);
        }

        if (objective.IsBetter(c.Revised, progress.Position))
        {
            return Violation("NEG-05", "negotiation.revision_past_position", new ErrorDetail("metric", objective.Metric), new ErrorDetail("revised", c.Revised), new ErrorDetail("position", progress.Position));
        }

        return Accept(new BottomLineRevised(c.Objective, progress.BottomLine, c.Revised, c.Approver, c.Reason.Trim()));
    }

    // NEG-06: every adjustment says what changes and why.
    internal static Decision<NegotiationEvent> AdjustStrategy(AdjustStrategy c)
    {
        if (string.IsNullOrWhiteSpace(c.Adjustment))
        {
            return Violation("NEG-06", "negotiation.adjustment_required");
        }

        return string.IsNullOrWhiteSpace(c.Reason)
            ? Violation("NEG-06", "negotiation.adjustment_reason_required")
            : Accept(new StrategyAdjusted(c.Adjustment.Trim(), c.Reason.Trim()));
    }

    // NEG-07: nothing left open on the table.
    internal static RequirementsMissing? AgreementGate(NegotiationPlan s)
    {
        var missing = new List<MissingRequirement>();
        foreach (var item in s.Agenda.Where(a => a.Settlement == Settlement.Open))
        {
            missing.Add(Missing("negotiation.missing.agenda_item_open", new ErrorDetail("title", item.Item.Title)));
        }

        foreach (var dispute in s.Disputes.Where(d => d.Settlement == Settlement.Open))
        {
            missing.Add(Missing("negotiation.missing.dispute_open", new ErrorDetail("subject", dispute.Subject)));
        }

        return missing.Count == 0 ? null : Gate("NEG-07", "negotiation.agreement_not_ready", missing);
    }
}
