using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Decisions;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>
/// The screening of a prospect (客户筛选与定位, KAM-01): against the host's <see cref="StrategicCriteriaPolicy"/>,
/// with an estimated annual amount and frequency, a prospect that meets every mandatory criterion qualifies and may be
/// opened as a key account; one that fails a mandatory criterion is screened out with those criteria as its reason and
/// may be screened again later.
/// </summary>
internal sealed class ProspectScreeningDecider
    : LifecycleDecider<ProspectScreeningCommand, ProspectScreeningEvent, ProspectScreeningState, ProspectScreeningStatus, ProspectScreeningTrigger>
{
    private ProspectScreeningDecider()
        : base(ProspectScreeningState.NotScreened, ProspectScreeningLifecycle.Table, s => s.Status, (s, status) => s with { Status = status })
    {
    }

    /// <summary>Gets the one instance; the decider has no state of its own.</summary>
    public static ProspectScreeningDecider Instance { get; } = new();

    /// <inheritdoc />
    public override ProspectScreeningTrigger? TriggerOf(ProspectScreeningEvent @event) => @event switch
    {
        ProspectQualified => ProspectScreeningTrigger.Qualify,
        ProspectScreenedOut => ProspectScreeningTrigger.ScreenOut,
        _ => throw new ArgumentException($"{@event?.GetType().Name ?? "null"} is not a screening event.", nameof(@event)),
    };

    /// <inheritdoc />
    /// <remarks>The outcome of a screening is the policy's answer, known only in <see cref="LifecycleDecider{TCommand, TEvent, TState, TStatus, TTrigger}.Decide"/>;
    /// both outcomes fire from the same statuses, so the table's answer for one is its answer for both.</remarks>
    public override ProspectScreeningTrigger? TriggerOf(ProspectScreeningCommand command, ProspectScreeningState state) => command switch
    {
        ScreenProspect => ProspectScreeningTrigger.Qualify,
        _ => throw new ArgumentException($"{command?.GetType().Name ?? "null"} is not a screening command.", nameof(command)),
    };

    /// <inheritdoc />
    private protected override Decision<ProspectScreeningEvent> DecideData(ProspectScreeningCommand command, ProspectScreeningState state, DecisionContext context) =>
        command switch
        {
            ScreenProspect screen => Screen(screen, state, context),
            _ => throw new ArgumentException($"{command.GetType().Name} is not a screening command.", nameof(command)),
        };

    /// <inheritdoc />
    private protected override ProspectScreeningState Fold(ProspectScreeningState state, ProspectScreeningEvent @event) => @event switch
    {
        ProspectQualified q => state with
        {
            Screening = q.Screening,
            CompanyName = q.CompanyName,
            Rounds = state.Rounds.Add(new ScreeningRound(q.Round, q.EstimatedAnnualAmount, q.EstimatedAnnualFrequency, q.Findings, [], q.ScreenedOn)),
        },
        ProspectScreenedOut o => state with
        {
            Screening = o.Screening,
            CompanyName = o.CompanyName,
            Rounds = state.Rounds.Add(new ScreeningRound(o.Round, o.EstimatedAnnualAmount, o.EstimatedAnnualFrequency, o.Findings, o.FailedCriteria, o.ScreenedOn)),
        },
        _ => throw new ArgumentException($"{@event.GetType().Name} is not a screening event.", nameof(@event)),
    };

    private static Decision<ProspectScreeningEvent> Screen(ScreenProspect c, ProspectScreeningState state, DecisionContext context)
    {
        if (state.IsScreened && c.Screening != state.Screening)
        {
            return AccountManagementMessages.Violation("KAM-01", "screening.other_prospect", new ErrorDetail("screening", c.Screening), new ErrorDetail("expected", state.Screening));
        }

        if (string.IsNullOrWhiteSpace(c.CompanyName))
        {
            return AccountManagementMessages.Violation("KAM-01", "screening.company_required");
        }

        if (c.EstimatedAnnualAmount.IsNegative || c.EstimatedAnnualFrequency < 0)
        {
            return AccountManagementMessages.Violation("KAM-01", "screening.estimate_negative",
                new ErrorDetail("field", c.EstimatedAnnualFrequency < 0 ? "estimatedAnnualFrequency" : "estimatedAnnualAmount"));
        }

        var policy = context.Policy<StrategicCriteriaPolicy>();
        var criteria = policy.Criteria;
        var given = c.Findings ?? [];
        var match = new int[criteria.Length];
        if (FindingProblems(given, criteria, match) is { Count: > 0 } problems)
        {
            return new RequirementsMissing("KAM-01", "screening.findings_invalid", AccountManagementMessages.Source, problems);
        }

        // In the policy's order, so that equal screenings record equal events whatever order the host listed findings in.
        var findings = ImmutableArray.CreateBuilder<CriterionFinding>(criteria.Length);
        var failed = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < criteria.Length; i++)
        {
            var finding = given[match[i]];
            findings.Add(finding.Criterion == criteria[i].Name ? finding : finding with { Criterion = criteria[i].Name });
            if (criteria[i].Mandatory && !finding.Met)
            {
                failed.Add(criteria[i].Name);
            }
        }

        var round = state.Rounds.Count + 1;
        var company = c.CompanyName.Trim();
        return failed.Count == 0
            ? Decision<ProspectScreeningEvent>.Accept(new ProspectQualified(c.Screening, round, company, c.EstimatedAnnualAmount, c.EstimatedAnnualFrequency, findings.MoveToImmutable(), context.Today))
            : Decision<ProspectScreeningEvent>.Accept(new ProspectScreenedOut(c.Screening, round, company, c.EstimatedAnnualAmount, c.EstimatedAnnualFrequency, findings.MoveToImmutable(), failed.ToImmutable(), context.Today));
    }

    // KAM-01: every criterion of the host's policy is assessed once, and nothing else is. On the way, match[i] is
    // set to the index of the finding of criterion i; a valid screening allocates nothing here.
    private static List<MissingRequirement>? FindingProblems(IReadOnlyList<CriterionFinding> findings, ImmutableArray<StrategicCriterion> criteria, int[] match)
    {
        Span<int> counts = criteria.Length <= 64 ? stackalloc int[criteria.Length] : new int[criteria.Length];
        SortedSet<string>? unknown = null;
        var anyNull = false;
        for (var f = 0; f < findings.Count; f++)
        {
            if (findings[f] is not { } finding)
            {
                anyNull = true;
                continue;
            }

            var name = (finding.Criterion ?? string.Empty).AsSpan().Trim();
            var at = IndexOf(criteria, name);
            if (at < 0)
            {
                (unknown ??= new SortedSet<string>(StringComparer.Ordinal)).Add(name.ToString());
                continue;
            }

            if (counts[at]++ == 0)
            {
                match[at] = f;
            }
        }

        List<MissingRequirement>? problems = null;
        for (var i = 0; i < criteria.Length; i++)
        {
            if (counts[i] == 0)
            {
                (problems ??= []).Add(AccountManagementMessages.Missing("screening.criterion_not_assessed", new ErrorDetail("criterion", criteria[i].Name)));
            }
            else if (counts[i] > 1)
            {
                (problems ??= []).Add(AccountManagementMessages.Missing("screening.criterion_repeated", new ErrorDetail("criterion", criteria[i].Name), new ErrorDetail("count", counts[i])));
            }
        }

        foreach (var name in unknown ?? Enumerable.Empty<string>())
        {
            (problems ??= []).Add(AccountManagementMessages.Missing("screening.criterion_unknown", new ErrorDetail("criterion", name)));
        }

        if (anyNull)
        {
            (problems ??= []).Add(AccountManagementMessages.Missing("screening.finding_null"));
        }

        return problems;
    }

    private static int IndexOf(ImmutableArray<StrategicCriterion> criteria, ReadOnlySpan<char> name)
    {
        for (var i = 0; i < criteria.Length; i++)
        {
            if (name.SequenceEqual(criteria[i].Name))
            {
                return i;
            }
        }

        return -1;
    }
}
