using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KeyAccount.Domain.Identifiers;
using KeyAccount.Domain.Primitives;

namespace KeyAccount.Domain.AccountManagement;

/// <summary>
/// The evaluation of an account manager over the manager's accounts (绩效评估, KAM-06): the evaluations of the plans
/// the manager is judged by, with how many met each target and the totals against the targets.
/// </summary>
/// <param name="Manager">The account manager.</param>
/// <param name="Accounts">The evaluation of each of the manager's plans, ordered by account and period.</param>
/// <param name="TargetAmount">The sum of the plans' target amounts.</param>
/// <param name="ActualAmount">The sum of the plans' actual amounts.</param>
/// <param name="TargetFrequency">The sum of the plans' target numbers of transactions.</param>
/// <param name="ActualFrequency">The sum of the plans' numbers of transactions.</param>
/// <param name="AmountMet">How many plans met their amount target.</param>
/// <param name="FrequencyMet">How many plans met their frequency target.</param>
/// <param name="SatisfactionMet">How many plans met their satisfaction target.</param>
/// <param name="ContactsCompliant">How many accounts kept every key contact within the interval.</param>
/// <param name="OpenComplaints">The complaints left open at the periods' ends.</param>
public sealed record ManagerEvaluation(
    ActorId Manager,
    ImmutableArray<AccountPlanEvaluation> Accounts,
    Money TargetAmount,
    Money ActualAmount,
    int TargetFrequency,
    int ActualFrequency,
    int AmountMet,
    int FrequencyMet,
    int SatisfactionMet,
    int ContactsCompliant,
    int OpenComplaints)
{
    /// <summary>Aggregates the evaluations of a manager's plans. Pure: the order of the evaluations does not matter.</summary>
    /// <param name="manager">The account manager.</param>
    /// <param name="evaluations">Evaluations of any managers' plans; the manager's count.</param>
    /// <param name="currency">The currency of the plans' amounts (and of the totals when the manager has none).</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluations"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException">A plan's amounts are in another currency.</exception>
    public static ManagerEvaluation Of(ActorId manager, IEnumerable<AccountPlanEvaluation> evaluations, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var mine = evaluations.Where(e => e.Manager == manager)
            .OrderBy(e => e.Account.Value).ThenBy(e => e.Period.Start).ThenBy(e => e.Plan.Value)
            .ToImmutableArray();
        return new ManagerEvaluation(
            manager, mine,
            Money.Sum(mine.Select(e => e.TargetAmount), currency), Money.Sum(mine.Select(e => e.ActualAmount), currency),
            mine.Sum(e => e.TargetFrequency), mine.Sum(e => e.ActualFrequency),
            mine.Count(e => e.AmountMet), mine.Count(e => e.FrequencyMet), mine.Count(e => e.SatisfactionMet),
            mine.Count(e => e.ContactsCompliant), mine.Sum(e => e.OpenComplaints));
    }

    /// <inheritdoc />
    public bool Equals(ManagerEvaluation? other) => ValueEquality.AreEqual(this, other);

    /// <inheritdoc />
    public override int GetHashCode() => ValueEquality.HashOf(this);
}
