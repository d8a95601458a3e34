using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using static KeyAccount.Domain.Negotiations.NegotiationMessages;
using static KeyAccount.Domain.Negotiations.NegotiationRules;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The rules of drafting and preparing a plan (NEG-01 … NEG-03): the commands of <see cref="NegotiationPhase.Preparation"/> and its gate.</summary>
internal static class NegotiationPreparationRules
{
    // NEG-01: a theme, at least one topic, none repeated; the account is part of the command. A second draft of
    // the same plan is refused by the table (NEG-01) before this is asked.
    internal static Decision<NegotiationEvent> Draft(DraftPlan c)
    {
        if (string.IsNullOrWhiteSpace(c.Theme))
        {
            return Violation("NEG-01", "negotiation.theme_required");
        }

        if (c.Topics is null || c.Topics.Count == 0)
        {
            return Violation("NEG-01", "negotiation.topic_required");
        }

        var seen = new HashSet<NegotiationTopic>();
        foreach (var topic in c.Topics)
        {
            if (!Enum.IsDefined(topic))
            {
                return Violation("NEG-01", "negotiation.topic_unknown", new ErrorDetail("topic", topic));
            }

            if (!seen.Add(topic))
            {
                return Violation("NEG-01", "negotiation.topic_repeated", new ErrorDetail("topic", topic));
            }
        }

        return Accept(new PlanDrafted(c.Plan, c.Account, c.Theme.Trim(), [.. c.Topics]));
    }

    // NEG-02: a measurable objective on a topic of the theme, one unit throughout, the bottom line not better than the target.
    internal static Decision<NegotiationEvent> SetObjective(SetObjective c, NegotiationPlan state)
    {
        if ((MoneyEntry.Check("target", c.Objective.Target) ?? MoneyEntry.Check("bottomLine", c.Objective.BottomLine)
            ?? MoneyEntry.Check("counterpartBottomLine", c.Objective.CounterpartBottomLine)) is { } amount)
        {
            return amount;
        }

        var o = Preconditions.CheckNotNull(c.Objective);
        if (!state.Topics.Contains(o.Topic))
        {
            return Violation("NEG-02", "negotiation.objective_topic_outside_theme", new ErrorDetail("topic", o.Topic));
        }

        if (string.IsNullOrWhiteSpace(o.Metric))
        {
            return Violation("NEG-02", "negotiation.metric_required");
        }

        var metric = o.Metric.Trim();
        if (!o.Target.IsComparableWith(o.BottomLine) || (o.CounterpartBottomLine is { } estimate && !estimate.IsComparableWith(o.Target)))
        {
            return Violation("NEG-02", "negotiation.units_differ", new ErrorDetail("metric", metric));
        }

        if (!Enum.IsDefined(o.Preference))
        {
            return Violation("NEG-02", "negotiation.preference_required", new ErrorDetail("metric", metric));
        }

        if (o.IsBetter(o.BottomLine, o.Target))
        {
            return WrongSide(metric, o.Target, o.BottomLine);
        }

        return Accept(new ObjectiveSet(o with { Metric = metric }));
    }

    // NEG-03: every member of our team has a name and a role.
    internal static Decision<NegotiationEvent> AssignTeam(AssignTeam c)
    {
        var everyone = new[] { Preconditions.CheckNotNull(c.Lead) }.Concat(c.Members ?? []).ToList();
        if (everyone.Find(m => string.IsNullOrWhiteSpace(m.Name) || string.IsNullOrWhiteSpace(m.Role)) is { } incomplete)
        {
            return Violation("NEG-03", "negotiation.team_member_incomplete", new ErrorDetail("person", incomplete.Person.Value));
        }

        static TeamMember Trim(TeamMember m) => m with { Name = m.Name.Trim(), Role = m.Role.Trim() };
        return Accept(new TeamAssigned(Trim(c.Lead), [.. everyone.Skip(1).Select(Trim)]));
    }

    // NEG-03: a counterpart party is named; its position, requirements and delegates are checked by the gate.
    internal static Decision<NegotiationEvent> RecordCounterpart(RecordCounterpart c)
    {
        var p = Preconditions.CheckNotNull(c.Party);
        if (string.IsNullOrWhiteSpace(p.Name))
        {
            return Violation("NEG-03", "negotiation.counterpart_name_required");
        }

        return Accept(new CounterpartRecorded(new CounterpartParty(p.Name.Trim(), Clean(p.Position), NonBlank(p.Requirements), NonBlank(p.Delegates))));
    }

    internal static Decision<NegotiationEvent> DefineStrategy(DefineStrategy c) =>
        Accept(new StrategyDefined(NonBlank(c.MainPoints), Clean(c.BottomLine)));

    // NEG-03: the time and venue agreed lie in the future of the decision.
    internal static Decision<NegotiationEvent> ScheduleMeeting(ScheduleMeeting c, DecisionContext context)
    {
        if (string.IsNullOrWhiteSpace(c.Venue))
        {
            return Violation("NEG-03", "negotiation.venue_required");
        }

        if (c.StartsAt <= context.Now)
        {
            return Violation("NEG-03", "negotiation.meeting_not_in_future", new ErrorDetail("startsAt", c.StartsAt), new ErrorDetail("now", context.Now));
        }

        return Accept(new MeetingScheduled(c.StartsAt, c.Venue.Trim()));
    }

    // NEG-03: the preparation gate lists everything still missing.
    internal static RequirementsMissing? PreparationGate(NegotiationPlan s, DecisionContext context)
    {
        var missing = new List<MissingRequirement>();
        if (s.Objectives.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.objective"));
        }

        if (s.Lead is null)
        {
            missing.Add(Missing("negotiation.missing.team_lead"));
        }

        if (s.Members.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.team_members"));
        }

        if (s.Counterparts.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.counterpart"));
        }

        foreach (var party in s.Counterparts)
        {
            if (party.Position.Length == 0)
            {
                missing.Add(Missing("negotiation.missing.counterpart_position", new ErrorDetail("party", party.Name)));
            }

            if (party.Requirements.IsEmpty)
            {
                missing.Add(Missing("negotiation.missing.counterpart_requirements", new ErrorDetail("party", party.Name)));
            }
        }

        foreach (var objective in s.Objectives.Where(o => o.Objective.CounterpartBottomLine is null))
        {
            missing.Add(Missing("negotiation.missing.counterpart_bottom_line", new ErrorDetail("metric", objective.Objective.Metric)));
        }

        if (s.MainPoints.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.strategy_main_point"));
        }

        if (string.IsNullOrEmpty(s.StrategyBottomLine))
        {
            missing.Add(Missing("negotiation.missing.strategy_bottom_line"));
        }

        if (s.MeetingStartsAt is not { } startsAt)
        {
            missing.Add(Missing("negotiation.missing.meeting"));
        }
        else if (startsAt <= context.Now)
        {
            missing.Add(Missing("negotiation.missing.meeting_in_future", new ErrorDetail("startsAt", startsAt)));
        }

        return missing.Count == 0 ? null : Gate("NEG-03", "negotiation.preparation_incomplete", missing);
    }
}
