using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace KeyAccount.Domain.Negotiations;

/// <summary>
/// 谈判信息流程表 — the negotiation information flow table (NEG-12): one row per activity of the plan's phases, with
/// owner, date and status, as plain data that a host or a command-line tool prints or exports
/// (<see cref="ToMarkdown"/>, <see cref="ToCsv"/>).
/// </summary>
public sealed class NegotiationFlowTable
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly string[] Columns = ["phase", "activity", "owner", "date", "status"];
    private readonly CultureInfo culture;

    private NegotiationFlowTable(IReadOnlyList<FlowRow> rows, CultureInfo culture)
    {
        Rows = rows;
        this.culture = culture;
    }

    /// <summary>Gets the rows, in the order of the phases.</summary>
    public IReadOnlyList<FlowRow> Rows { get; }

    /// <summary>Builds the table of a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="zone">The zone in which dates are shown.</param>
    /// <param name="culture">The language of the labels; the current UI culture when null.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="zone"/> is null.</exception>
    public static NegotiationFlowTable For(NegotiationPlan plan, DateTimeZone zone, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(zone);
        culture ??= CultureInfo.CurrentUICulture;
        var lead = plan.Lead?.Person.Value;
        var rows = new List<FlowRow>();

        LocalDate? Completed(NegotiationPhase phase) =>
            plan.CompletedAt.TryGetValue(phase, out var at) ? at.InZone(zone).Date : null;

        void Add(NegotiationPhase phase, string activity, bool done, LocalDate? date = null) =>
            rows.Add(new FlowRow(phase, Label("flow.activity." + activity, culture), lead, done ? date ?? Completed(phase) : date, done ? FlowStatus.Done : FlowStatus.Pending));

        bool IsCompleted(NegotiationPhase phase) => plan.CompletedAt.ContainsKey(phase);

        Add(NegotiationPhase.Preparation, "objectives", !plan.Objectives.IsEmpty);
        Add(NegotiationPhase.Preparation, "counterpart", !plan.Counterparts.IsEmpty);
        Add(NegotiationPhase.Preparation, "strategy", !plan.MainPoints.IsEmpty);
        Add(NegotiationPhase.Preparation, "team", plan.Lead is not null);
        Add(NegotiationPhase.Preparation, "time_venue", plan.MeetingStartsAt is not null, plan.MeetingStartsAt?.InZone(zone).Date);
        Add(NegotiationPhase.Opening, "introductions", plan.Delegates.Count > 0 && plan.Delegates.All(plan.Introduced.Contains));
        Add(NegotiationPhase.Opening, "purpose", plan.Purpose is not null);
        Add(NegotiationPhase.Opening, "agenda", !plan.Agenda.IsEmpty);
        AddExchange(plan, rows, lead, Completed(NegotiationPhase.InformationExchange), culture);
        Add(NegotiationPhase.Bargaining, "concessions", IsCompleted(NegotiationPhase.Bargaining));
        Add(NegotiationPhase.Bargaining, "disputes", IsCompleted(NegotiationPhase.Bargaining));
        Add(NegotiationPhase.PreliminaryAgreement, "contract_review", plan.ContractReview is not null && plan.ContractReviewWithdrawnOn is null, plan.ContractReview?.ApprovedOn);
        Add(NegotiationPhase.PreliminaryAgreement, "minutes", plan.Minutes is not null);
        Add(NegotiationPhase.Signed, "signing", IsCompleted(NegotiationPhase.PreliminaryAgreement), Completed(NegotiationPhase.PreliminaryAgreement));
        foreach (var f in plan.FollowUps)
        {
            rows.Add(new FlowRow(NegotiationPhase.FollowUp, f.Action.Description, f.Action.Owner.Value, f.Action.Due, FlowStatusOf(f.Status)));
        }

        Add(NegotiationPhase.Closed, "close", plan.Phase == NegotiationPhase.Closed, Completed(NegotiationPhase.FollowUp));
        return new NegotiationFlowTable(rows, culture);
    }

    // NEG-13: every party's background, every party's needs and intentions, then one row per question (a deferred one is
    // owned by its follow-up action's owner, due on its day and stands as that action stands) and one per solution.
    private static void AddExchange(NegotiationPlan plan, List<FlowRow> rows, string? lead, LocalDate? completed, CultureInfo culture)
    {
        var parties = NegotiationExchangeRules.Parties(plan).Select(plan.FindExchange).ToList();
        FlowRow Row(string activity, bool done) =>
            new(NegotiationPhase.InformationExchange, activity, lead, done ? completed : null, done ? FlowStatus.Done : FlowStatus.Pending);

        rows.Add(Row(Label("flow.activity.background", culture), parties.TrueForAll(p => p?.Background is not null)));
        rows.Add(Row(Label("flow.activity.needs", culture), parties.TrueForAll(p => p is { Needs.IsEmpty: false })));
        var question = Label("flow.activity.question", culture);
        foreach (var q in plan.Questions)
        {
            var text = question + ": " + q.Text;
            if (q.FollowUp is not { } action)
            {
                rows.Add(Row(text, q.Status == QuestionStatus.Answered));
                continue;
            }

            // Once the minutes carry the action, the row follows the minutes' version of it.
            var tracked = plan.FollowUps.Find(f => f.Action.Id == action.Id);
            var owned = tracked?.Action ?? action;
            rows.Add(new FlowRow(NegotiationPhase.InformationExchange, text, owned.Owner.Value, owned.Due, FlowStatusOf(tracked?.Status ?? FollowUpStatus.Pending)));
        }

        var solution = Label("flow.activity.solution", culture);
        rows.AddRange(plan.Solutions.Select(x => Row(solution + ": " + x.Description, x.Assessment is not null)));
    }

    /// <summary>Renders the table as a GitHub-flavoured Markdown table (LF line ends; <c>|</c> in text is escaped).</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var header = Header();
        text.Append("| ").AppendJoin(" | ", header).Append(" |\n");
        text.Append('|').AppendJoin('|', header.Select(_ => "---")).Append("|\n");
        foreach (var row in Rows)
        {
            text.Append("| ").AppendJoin(" | ", Cells(row).Select(c => c.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' '))).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>Renders the table as CSV (RFC 4180: comma-separated, fields quoted where needed, CRLF line ends).</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', Header().Select(Quote)).Append("\r\n");
        foreach (var row in Rows)
        {
            text.AppendJoin(',', Cells(row).Select(Quote)).Append("\r\n");
        }

        return text.ToString();
    }

    private static FlowStatus FlowStatusOf(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Done => FlowStatus.Done,
        FollowUpStatus.Cancelled => FlowStatus.Cancelled,
        _ => FlowStatus.Pending,
    };

    private static string Label(string key, CultureInfo culture) =>
        NegotiationMessages.Source.Template(key, culture) ?? key;

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private string[] Header() =>
        Columns.Select(h => Label("flow.header." + h, culture)).ToArray();

    private string[] Cells(FlowRow row) =>
    [
        Label("flow.phase." + row.Phase, culture),
        row.Activity,
        row.Owner ?? string.Empty,
        row.Date is { } date ? DatePattern.Format(date) : string.Empty,
        Label("flow.status." + row.Status, culture),
    ];
}
