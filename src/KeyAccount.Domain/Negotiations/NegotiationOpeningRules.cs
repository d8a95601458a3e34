using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;
using static KeyAccount.Domain.Negotiations.NegotiationMessages;
using static KeyAccount.Domain.Negotiations.NegotiationRules;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The rules of the opening (NEG-04): introductions, purpose, agenda and the opening gate.</summary>
internal static class NegotiationOpeningRules
{
    // NEG-04: only delegates of the plan are introduced, so that a misspelt name does not pass for an introduction.
    internal static Decision<NegotiationEvent> Introduce(IntroduceDelegates c, NegotiationPlan state)
    {
        var names = NonBlank(c.Names);
        if (names.IsEmpty)
        {
            return Violation("NEG-04", "negotiation.delegate_required");
        }

        var delegates = state.Delegates;
        if (names.FirstOrDefault(n => !delegates.Contains(n, StringComparer.Ordinal)) is { } stranger)
        {
            return Violation("NEG-04", "negotiation.delegate_unknown", new ErrorDetail("name", stranger));
        }

        return Accept(new DelegatesIntroduced(names));
    }

    internal static Decision<NegotiationEvent> StatePurpose(StatePurpose c) =>
        string.IsNullOrWhiteSpace(c.Purpose)
            ? Violation("NEG-04", "negotiation.purpose_required")
            : Accept(new PurposeStated(c.Purpose.Trim()));

    // NEG-04: an agenda of titled items on topics of the theme.
    internal static Decision<NegotiationEvent> ProposeAgenda(ProposeAgenda c, NegotiationPlan state)
    {
        if (c.Items is null || c.Items.Count == 0)
        {
            return Violation("NEG-04", "negotiation.agenda_required");
        }

        if (c.Items.FirstOrDefault(i => string.IsNullOrWhiteSpace(i.Title)) is not null)
        {
            return Violation("NEG-04", "negotiation.agenda_item_title_required");
        }

        if (c.Items.FirstOrDefault(i => !state.Topics.Contains(i.Topic)) is { } outside)
        {
            return Violation("NEG-04", "negotiation.agenda_topic_outside_theme", new ErrorDetail("title", outside.Title.Trim()), new ErrorDetail("topic", outside.Topic));
        }

        if (c.Items.Select(i => i.Id).Distinct().Count() != c.Items.Count)
        {
            return Violation("NEG-04", "negotiation.agenda_item_repeated");
        }

        return Accept(new AgendaProposed([.. c.Items.Select(i => i with { Title = i.Title.Trim() })]));
    }

    // NEG-04: the opening gate lists everything still missing.
    internal static RequirementsMissing? OpeningGate(NegotiationPlan s)
    {
        var missing = new List<MissingRequirement>();
        foreach (var name in s.Delegates.Where(d => !s.Introduced.Contains(d)))
        {
            missing.Add(Missing("negotiation.missing.introduction", new ErrorDetail("name", name)));
        }

        if (s.Purpose is null)
        {
            missing.Add(Missing("negotiation.missing.purpose"));
        }

        if (s.Agenda.IsEmpty)
        {
            missing.Add(Missing("negotiation.missing.agenda"));
        }

        foreach (var topic in s.Topics.Where(t => !s.Agenda.Exists(a => a.Item.Topic == t)))
        {
            missing.Add(Missing("negotiation.missing.agenda_topic", new ErrorDetail("topic", topic)));
        }

        return missing.Count == 0 ? null : Gate("NEG-04", "negotiation.opening_incomplete", missing);
    }
}
