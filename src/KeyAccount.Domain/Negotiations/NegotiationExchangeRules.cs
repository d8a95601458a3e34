using System;
using System.Collections.Generic;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;
using static KeyAccount.Domain.Negotiations.NegotiationMessages;
using static KeyAccount.Domain.Negotiations.NegotiationRules;

namespace KeyAccount.Domain.Negotiations;

/// <summary>The rules of the information exchange (信息交流, NEG-13): backgrounds, needs and intentions, questions and
/// answers, solutions against the recorded needs, and the gate on leaving the phase for bargaining.</summary>
internal static class NegotiationExchangeRules
{
    // NEG-13: a party is our side (null) or a counterpart analysed during preparation, so that a misspelt name does
    // not pass for a party at the table.
    private static RuleViolation? UnknownParty(string? counterpart, NegotiationPlan state) =>
        counterpart is null || state.Counterparts.Exists(c => c.Name == counterpart)
            ? null
            : Violation("NEG-13", "negotiation.party_unknown", new ErrorDetail("party", counterpart));

    internal static Decision<NegotiationEvent> ShareBackground(ShareBackground c, NegotiationPlan state) =>
        UnknownParty(c.Counterpart, state) ?? WithText(c.Background, "negotiation.background_required", background => new BackgroundShared(c.Counterpart, background));

    // NEG-13: at least one described need, no identifier used twice (in the command or by another party), and the
    // party's intentions.
    internal static Decision<NegotiationEvent> RecordNeeds(RecordNeeds c, NegotiationPlan state)
    {
        if (UnknownParty(c.Counterpart, state) is { } unknown)
        {
            return unknown;
        }

        if (c.Needs is null || c.Needs.Count == 0)
        {
            return Violation("NEG-13", "negotiation.need_required");
        }

        if (c.Needs.Any(n => n is null || string.IsNullOrWhiteSpace(n.Description)))
        {
            return Violation("NEG-13", "negotiation.need_description_required");
        }

        var others = state.Exchange.Where(p => p.Counterpart != c.Counterpart).SelectMany(p => p.Needs).Select(n => n.Id).ToHashSet();
        if (c.Needs.Select(n => n.Id).Distinct().Count() != c.Needs.Count || c.Needs.FirstOrDefault(n => others.Contains(n.Id)) is not null)
        {
            return Violation("NEG-13", "negotiation.need_repeated");
        }

        return string.IsNullOrWhiteSpace(c.Intentions)
            ? Violation("NEG-13", "negotiation.intentions_required")
            : Accept(new NeedsRecorded(c.Counterpart, [.. c.Needs.Select(n => n with { Description = n.Description.Trim() })], c.Intentions.Trim()));
    }

    internal static Decision<NegotiationEvent> RaiseQuestion(RaiseQuestion c, NegotiationPlan state)
    {
        if (string.IsNullOrWhiteSpace(c.Text))
        {
            return Violation("NEG-13", "negotiation.question_required");
        }

        return state.Questions.Exists(q => q.Id == c.Question)
            ? Violation("NEG-13", "negotiation.question_repeated", new ErrorDetail("question", c.Question))
            : Accept(new QuestionRaised(c.Question, c.Text.Trim()));
    }

    internal static Decision<NegotiationEvent> AnswerQuestion(AnswerQuestion c, NegotiationPlan state) =>
        OpenQuestion(c.Question, state) ?? WithText(c.Answer, "negotiation.answer_required", answer => new QuestionAnswered(c.Question, answer));

    // NEG-13: a deferred question goes to a follow-up action described and due no earlier than today (as NEG-08 asks
    // of the minutes' actions), whose identifier no other question already uses.
    internal static Decision<NegotiationEvent> DeferQuestion(DeferQuestion c, NegotiationPlan state, DecisionContext context)
    {
        if (OpenQuestion(c.Question, state) is { } refusal)
        {
            return refusal;
        }

        var action = Preconditions.CheckNotNull(c.FollowUp);
        if (string.IsNullOrWhiteSpace(action.Description))
        {
            return Violation("NEG-13", "negotiation.deferral_description_required");
        }

        if (action.Due < context.Today)
        {
            return Violation("NEG-13", "negotiation.deferral_due_past", new ErrorDetail("due", action.Due), new ErrorDetail("today", context.Today));
        }

        return state.Questions.Exists(q => q.FollowUp?.Id == action.Id)
            ? Violation("NEG-13", "negotiation.deferral_action_repeated", new ErrorDetail("action", action.Id))
            : Accept(new QuestionDeferred(c.Question, action with { Description = action.Description.Trim() }));
    }

    // NEG-13: a solution answers needs the parties recorded.
    internal static Decision<NegotiationEvent> ProposeSolution(ProposeSolution c, NegotiationPlan state)
    {
        if (string.IsNullOrWhiteSpace(c.Description))
        {
            return Violation("NEG-13", "negotiation.solution_required");
        }

        if (state.Solutions.Exists(s => s.Id == c.Solution))
        {
            return Violation("NEG-13", "negotiation.solution_repeated", new ErrorDetail("solution", c.Solution));
        }

        if (c.Needs is null || c.Needs.Count == 0)
        {
            return Violation("NEG-13", "negotiation.solution_need_required");
        }

        var recorded = state.Needs.Select(n => n.Id).ToHashSet();
        var strangers = c.Needs.Where(n => !recorded.Contains(n)).ToList();
        if (strangers.Count > 0)
        {
            return Violation("NEG-13", "negotiation.need_unknown", new ErrorDetail("need", strangers[0]));
        }

        return Accept(new SolutionProposed(c.Solution, c.Description.Trim(), [.. c.Needs.Distinct()]));
    }

    internal static Decision<NegotiationEvent> DiscussSolution(DiscussSolution c, NegotiationPlan state) =>
        state.Solutions.Exists(s => s.Id == c.Solution)
            ? WithText(c.Assessment, "negotiation.assessment_required", assessment => new SolutionDiscussed(c.Solution, assessment))
            : Violation("NEG-13", "negotiation.solution_unknown", new ErrorDetail("solution", c.Solution));

    // NEG-13: the gate on leaving the information exchange lists everything still missing: each party's background,
    // needs and intentions, every question answered or deferred, and a solution discussed against a recorded need.
    internal static RequirementsMissing? ExchangeGate(NegotiationPlan s)
    {
        var missing = new List<MissingRequirement>();
        foreach (var party in Parties(s))
        {
            var exchange = s.FindExchange(party);
            if (exchange?.Background is null)
            {
                missing.Add(party is null ? Missing("negotiation.missing.our_background") : Missing("negotiation.missing.counterpart_background", new ErrorDetail("party", party)));
            }

            if (exchange is null || exchange.Needs.IsEmpty)
            {
                missing.Add(party is null ? Missing("negotiation.missing.our_needs") : Missing("negotiation.missing.counterpart_needs", new ErrorDetail("party", party)));
            }
        }

        foreach (var question in s.Questions.Where(q => q.Status == QuestionStatus.Open))
        {
            missing.Add(Missing("negotiation.missing.question_open", new ErrorDetail("question", question.Text)));
        }

        // A party may replace its needs after a solution was proposed; the solution then counts only for the needs still recorded.
        var recorded = s.Needs.Select(n => n.Id).ToHashSet();
        var answering = s.Solutions.FindAll(solution => solution.Needs.Any(recorded.Contains));
        if (answering.Count == 0)
        {
            missing.Add(Missing("negotiation.missing.solution"));
        }
        else if (!answering.Exists(solution => solution.Assessment is not null))
        {
            missing.Add(Missing("negotiation.missing.solution_discussed"));
        }

        return missing.Count == 0 ? null : Gate("NEG-13", "negotiation.exchange_incomplete", missing);
    }

    /// <summary>Gets the parties of the exchange: our side (null) first, then every counterpart analysed.</summary>
    /// <param name="s">The plan.</param>
    /// <returns>The parties.</returns>
    internal static IEnumerable<string?> Parties(NegotiationPlan s) => s.Counterparts.Select(c => (string?)c.Name).Prepend(null);

    // NEG-13: the text an event records, trimmed; a blank one is refused with the code.
    private static Decision<NegotiationEvent> WithText(string? text, string code, Func<string, NegotiationEvent> record) =>
        NonBlankText.TryCreate(text, out var trimmed) ? Accept(record(trimmed.Value)) : Violation("NEG-13", code);

    private static RuleViolation? OpenQuestion(QuestionId id, NegotiationPlan state) =>
        state.Questions.Find(q => q.Id == id) switch
        {
            null => Violation("NEG-13", "negotiation.question_unknown", new ErrorDetail("question", id)),
            { Status: QuestionStatus.Open } => null,
            var q => Violation("NEG-13", "negotiation.question_already_settled", new ErrorDetail("question", q.Text), new ErrorDetail("status", q.Status)),
        };
}
